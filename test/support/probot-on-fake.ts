/**
 * The Probot app in-process, talking HTTP to the loopback GitHub stand-in: deliveries go through
 * Probot's own event handling and every request the app makes reaches the fake, which keeps the
 * state a person would see (labels, check runs, review requests).
 */
import { Probot, ProbotOctokit } from "probot";
import { blastRadiusApp } from "../../app/index.js";
import { privateKey } from "../app/nock-github.js";
import { FakeGitHub, type TokenGrant } from "./fake-github.js";

export interface AppOnFake {
  github: FakeGitHub;
  receive(name: string, payload: Record<string, unknown>): Promise<void>;
  stop(): Promise<void>;
}

/** `installation`: what the app's installation may do (by default app.yml's permissions, as the fake grants them). */
export async function appOnFake(options: { appId?: number; installation?: Partial<TokenGrant> } = {}): Promise<AppOnFake> {
  const github = new FakeGitHub({ owner: "acme", repo: "web", appId: options.appId ?? 1, installation: options.installation });
  const { url } = await github.start();
  const probot = new Probot({
    appId: options.appId ?? 1,
    privateKey,
    baseUrl: url,
    Octokit: ProbotOctokit.defaults((instanceOptions: Record<string, unknown>) => ({
      ...instanceOptions,
      retry: { enabled: false },
      throttle: { enabled: false },
    })),
    logLevel: "fatal",
  });
  await probot.load(blastRadiusApp({ appId: options.appId ?? 1 }));
  return {
    github,
    receive: async (name, payload) => {
      await probot.receive({ id: `delivery-${Math.random()}`, name, payload } as never);
    },
    stop: () => github.stop(),
  };
}
