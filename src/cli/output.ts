/** A line for stderr that is not an error: a note, or why --fail-on was reached. */
export const notice = (text: string): string => `blast-radius: ${text}`;
