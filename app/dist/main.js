import { createRequire as __blastRadiusRequire } from 'node:module'; const require = __blastRadiusRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/@actions/expressions/dist/features.js
var allFeatureKeys, FeatureFlags;
var init_features = __esm({
  "node_modules/@actions/expressions/dist/features.js"() {
    allFeatureKeys = [
      "missingInputsQuickfix",
      "blockScalarChompingWarning",
      "allowCaseFunction",
      "allowCopilotRequestsPermission",
      "allowDrivesPermissionAutocomplete",
      "allowBackgroundSteps"
    ];
    FeatureFlags = class {
      constructor(features) {
        this.features = features ?? {};
      }
      /**
       * Check if an experimental feature is enabled.
       *
       * Resolution order:
       * 1. Explicit feature flag (if set)
       * 2. `all` flag (if set)
       * 3. false (default)
       */
      isEnabled(feature) {
        const explicit = this.features[feature];
        if (explicit !== void 0) {
          return explicit;
        }
        return this.features.all ?? false;
      }
      /**
       * Returns list of all enabled experimental features.
       */
      getEnabledFeatures() {
        return allFeatureKeys.filter((key) => this.isEnabled(key));
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/tokens/types.js
function tokenTypeName(type) {
  switch (type) {
    case TokenType.String:
      return "StringToken";
    case TokenType.Sequence:
      return "SequenceToken";
    case TokenType.Mapping:
      return "MappingToken";
    case TokenType.BasicExpression:
      return "BasicExpressionToken";
    case TokenType.InsertExpression:
      return "InsertExpressionToken";
    case TokenType.Boolean:
      return "BooleanToken";
    case TokenType.Number:
      return "NumberToken";
    case TokenType.Null:
      return "NullToken";
    default: {
      const exhaustiveCheck = type;
      throw new Error(`Unhandled token type: ${type} ${exhaustiveCheck}}`);
    }
  }
}
var TokenType;
var init_types = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/tokens/types.js"() {
    (function(TokenType3) {
      TokenType3[TokenType3["String"] = 0] = "String";
      TokenType3[TokenType3["Sequence"] = 1] = "Sequence";
      TokenType3[TokenType3["Mapping"] = 2] = "Mapping";
      TokenType3[TokenType3["BasicExpression"] = 3] = "BasicExpression";
      TokenType3[TokenType3["InsertExpression"] = 4] = "InsertExpression";
      TokenType3[TokenType3["Boolean"] = 5] = "Boolean";
      TokenType3[TokenType3["Number"] = 6] = "Number";
      TokenType3[TokenType3["Null"] = 7] = "Null";
    })(TokenType || (TokenType = {}));
  }
});

// node_modules/@actions/workflow-parser/dist/templates/tokens/traversal-state.js
var TraversalState;
var init_traversal_state = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/tokens/traversal-state.js"() {
    init_types();
    TraversalState = class {
      constructor(parent, token) {
        this.index = -1;
        this.isKey = false;
        this.parent = parent;
        this._token = token;
        this.current = token;
      }
      moveNext(omitKeys) {
        switch (this._token.templateTokenType) {
          case TokenType.Sequence: {
            const sequence = this._token;
            if (++this.index < sequence.count) {
              this.current = sequence.get(this.index);
              return true;
            }
            this.current = void 0;
            return false;
          }
          case TokenType.Mapping: {
            const mapping = this._token;
            if (this.isKey) {
              this.isKey = false;
              this.currentKey = this.current;
              this.current = mapping.get(this.index).value;
              return true;
            }
            if (++this.index < mapping.count) {
              if (omitKeys) {
                this.isKey = false;
                this.currentKey = mapping.get(this.index).key;
                this.current = mapping.get(this.index).value;
                return true;
              }
              this.isKey = true;
              this.currentKey = void 0;
              this.current = mapping.get(this.index).key;
              return true;
            }
            this.currentKey = void 0;
            this.current = void 0;
            return false;
          }
          default:
            throw new Error(`Unexpected token type '${this._token.templateTokenType}' when traversing state`);
        }
      }
      /**
       * Returns the ancestor tokens from root to the current token's parent container.
       */
      getAncestors() {
        const ancestors = [];
        let state = this.parent;
        while (state) {
          if (state.current) {
            ancestors.unshift(state.current);
          }
          state = state.parent;
        }
        return ancestors;
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/tokens/template-token.js
var TemplateTokenError, TemplateToken;
var init_template_token = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/tokens/template-token.js"() {
    init_traversal_state();
    init_types();
    TemplateTokenError = class extends Error {
      constructor(message, token) {
        super(message);
        this.token = token;
      }
    };
    TemplateToken = class {
      /**
       * Base class for all template tokens
       */
      constructor(type, file, range, definitionInfo) {
        this.type = type;
        this.file = file;
        this.range = range;
        this.definitionInfo = definitionInfo;
      }
      get templateTokenType() {
        return this.type;
      }
      get line() {
        return this.range?.start.line;
      }
      get col() {
        return this.range?.start.column;
      }
      get definition() {
        return this.definitionInfo?.definition;
      }
      get description() {
        return this._description || this.propertyDefinition?.description || this.definition?.description;
      }
      set description(description2) {
        this._description = description2;
      }
      typeName() {
        return tokenTypeName(this.type);
      }
      /**
       * Asserts expected type and throws a good debug message if unexpected
       */
      assertNull(objectDescription) {
        if (this.type === TokenType.Null) {
          return this;
        }
        throw new TemplateTokenError(`Unexpected type '${this.typeName()}' encountered while reading '${objectDescription}'. The type '${tokenTypeName(TokenType.Null)}' was expected.`, this);
      }
      /**
       * Asserts expected type and throws a good debug message if unexpected
       */
      assertBoolean(objectDescription) {
        if (this.type === TokenType.Boolean) {
          return this;
        }
        throw new TemplateTokenError(`Unexpected type '${this.typeName()}' encountered while reading '${objectDescription}'. The type '${tokenTypeName(TokenType.Boolean)}' was expected.`, this);
      }
      /**
       * Asserts expected type and throws a good debug message if unexpected
       */
      assertNumber(objectDescription) {
        if (this.type === TokenType.Number) {
          return this;
        }
        throw new TemplateTokenError(`Unexpected type '${this.typeName()}' encountered while reading '${objectDescription}'. The type '${tokenTypeName(TokenType.Number)}' was expected.`, this);
      }
      /**
       * Asserts expected type and throws a good debug message if unexpected
       */
      assertString(objectDescription) {
        if (this.type === TokenType.String) {
          return this;
        }
        throw new TemplateTokenError(`Unexpected type '${this.typeName()}' encountered while reading '${objectDescription}'. The type '${tokenTypeName(TokenType.String)}' was expected.`, this);
      }
      /**
       * Asserts expected type and throws a good debug message if unexpected
       */
      assertScalar(objectDescription) {
        if (this?.isScalar === true) {
          return this;
        }
        throw new TemplateTokenError(`Unexpected type '${this.typeName()}' encountered while reading '${objectDescription}'. The type 'ScalarToken' was expected.`, this);
      }
      /**
       * Asserts expected type and throws a good debug message if unexpected
       */
      assertSequence(objectDescription) {
        if (this.type === TokenType.Sequence) {
          return this;
        }
        throw new TemplateTokenError(`Unexpected type '${this.typeName()}' encountered while reading '${objectDescription}'. The type '${tokenTypeName(TokenType.Sequence)}' was expected.`, this);
      }
      /**
       * Asserts expected type and throws a good debug message if unexpected
       */
      assertMapping(objectDescription) {
        if (this.type === TokenType.Mapping) {
          return this;
        }
        throw new TemplateTokenError(`Unexpected type '${this.typeName()}' encountered while reading '${objectDescription}'. The type '${tokenTypeName(TokenType.Mapping)}' was expected.`, this);
      }
      /**
       * Returns all tokens (depth first)
       * @param value The object to traverse
       * @param omitKeys Whether to omit mapping keys
       * @yields A tuple of [parent, token, keyToken, ancestors] for each token in the tree
       */
      static *traverse(value, omitKeys) {
        yield [void 0, value, void 0, []];
        switch (value.templateTokenType) {
          case TokenType.Sequence:
          case TokenType.Mapping: {
            let state = new TraversalState(void 0, value);
            state = new TraversalState(state, value);
            while (state.parent) {
              if (state.moveNext(omitKeys ?? false)) {
                value = state.current;
                yield [state.parent?.current, value, state.currentKey, state.getAncestors()];
                switch (value.type) {
                  case TokenType.Sequence:
                  case TokenType.Mapping:
                    state = new TraversalState(state, value);
                    break;
                }
              } else {
                state = state.parent;
              }
            }
            break;
          }
        }
      }
      toJSON() {
        return void 0;
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/workflows/file-reference.js
function parseFileReference(ref) {
  if (ref.startsWith("./")) {
    return {
      path: ref.substring(2)
    };
  }
  if (ref.startsWith("$/")) {
    return {
      path: ref.substring(2)
    };
  }
  const [remotePath, version] = ref.split("@");
  const [owner, repository, ...pathSegments] = remotePath.split("/").filter((s) => s.length > 0);
  if (!owner || !repository || !version) {
    throw new Error(`Invalid file reference: ${ref}`);
  }
  return {
    repository,
    owner,
    path: pathSegments.join("/"),
    version
  };
}
var init_file_reference = __esm({
  "node_modules/@actions/workflow-parser/dist/workflows/file-reference.js"() {
  }
});

// node_modules/@actions/workflow-parser/dist/templates/template-validation-error.js
var TemplateValidationError;
var init_template_validation_error = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/template-validation-error.js"() {
    TemplateValidationError = class {
      constructor(rawMessage, prefix, code, range) {
        this.rawMessage = rawMessage;
        this.prefix = prefix;
        this.code = code;
        this.range = range;
      }
      get message() {
        if (this.prefix) {
          return `${this.prefix}: ${this.rawMessage}`;
        }
        return this.rawMessage;
      }
      toString() {
        return this.message;
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/template-context.js
var TemplateContext, TemplateValidationErrors;
var init_template_context = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/template-context.js"() {
    init_template_validation_error();
    TemplateContext = class {
      constructor(errors, schema2, trace) {
        this._fileIds = {};
        this._fileNames = [];
        this.expressionFunctions = [];
        this.expressionNamedContexts = [];
        this.state = {};
        this.errors = errors;
        this.schema = schema2;
        this.trace = trace;
      }
      error(tokenOrFileId, err, tokenRange) {
        const token = tokenOrFileId;
        const range = tokenRange || token?.range;
        const prefix = this.getErrorPrefix(token?.file ?? tokenOrFileId, token?.line, token?.col);
        const message = err?.message ?? String(err);
        const e = new TemplateValidationError(message, prefix, void 0, range);
        this.errors.add(e);
        this.trace.error(e.message);
      }
      /**
       * Gets or adds the file ID
       */
      getFileId(file) {
        const key = file.toUpperCase();
        let id = this._fileIds[key];
        if (id === void 0) {
          id = this._fileNames.length + 1;
          this._fileIds[key] = id;
          this._fileNames.push(file);
        }
        return id;
      }
      /**
       * Looks up a file name by ID. Returns undefined if not found.
       */
      getFileName(fileId) {
        return this._fileNames.length >= fileId ? this._fileNames[fileId - 1] : void 0;
      }
      /**
       * Gets a copy of the file table
       */
      getFileTable() {
        return this._fileNames.slice();
      }
      getErrorPrefix(fileId, line, column) {
        const fileName = fileId !== void 0 ? this.getFileName(fileId) : void 0;
        if (fileName) {
          if (line !== void 0 && column !== void 0) {
            return `${fileName} (Line: ${line}, Col: ${column})`;
          } else {
            return fileName;
          }
        } else if (line !== void 0 && column !== void 0) {
          return `(Line: ${line}, Col: ${column})`;
        } else {
          return "";
        }
      }
    };
    TemplateValidationErrors = class {
      constructor(maxErrors, maxMessageLength) {
        this._errors = [];
        this._maxErrors = maxErrors ?? 0;
        this._maxMessageLength = maxMessageLength ?? 0;
      }
      get count() {
        return this._errors.length;
      }
      add(err) {
        for (let e of Array.isArray(err) ? err : [err]) {
          if (this._maxErrors <= 0 || this._errors.length < this._maxErrors) {
            if (this._maxMessageLength > 0 && e.message.length > this._maxMessageLength) {
              e = new TemplateValidationError(e.message.substring(0, this._maxMessageLength) + "[...]", e.prefix, e.code, e.range);
            }
            this._errors.push(e);
          }
        }
      }
      /**
       * Throws if any errors
       * @param prefix The error message prefix
       */
      check(prefix) {
        if (this._errors.length <= 0) {
          return;
        }
        if (!prefix) {
          prefix = "The template is not valid.";
        }
        throw new Error(`${prefix} ${this._errors.map((x) => x.message).join(",")}`);
      }
      clear() {
        this._errors = [];
      }
      getErrors() {
        return this._errors.slice();
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/schema/definition-info.js
var DefinitionInfo;
var init_definition_info = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/schema/definition-info.js"() {
    DefinitionInfo = class {
      constructor(schemaOrParent, nameOrDefinition) {
        this.isDefinitionInfo = true;
        const parent = schemaOrParent?.isDefinitionInfo === true ? schemaOrParent : void 0;
        this._schema = parent === void 0 ? schemaOrParent : parent._schema;
        this.definition = typeof nameOrDefinition === "string" ? this._schema.getDefinition(nameOrDefinition) : nameOrDefinition;
        if (this.definition.readerContext.length > 0) {
          this.allowedContext = [];
          const upperSeen = {};
          for (const context of parent?.allowedContext ?? []) {
            this.allowedContext.push(context);
            upperSeen[context.toUpperCase()] = true;
          }
          for (const context of this.definition.readerContext) {
            const upper = context.toUpperCase();
            if (!upperSeen[upper]) {
              this.allowedContext.push(context);
              upperSeen[upper] = true;
            }
          }
        } else {
          this.allowedContext = parent?.allowedContext ?? [];
        }
      }
      getScalarDefinitions() {
        return this._schema.getScalarDefinitions(this.definition);
      }
      getDefinitionsOfType(type) {
        return this._schema.getDefinitionsOfType(this.definition, type);
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/schema/definition-type.js
var DefinitionType;
var init_definition_type = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/schema/definition-type.js"() {
    (function(DefinitionType2) {
      DefinitionType2[DefinitionType2["Null"] = 0] = "Null";
      DefinitionType2[DefinitionType2["Boolean"] = 1] = "Boolean";
      DefinitionType2[DefinitionType2["Number"] = 2] = "Number";
      DefinitionType2[DefinitionType2["String"] = 3] = "String";
      DefinitionType2[DefinitionType2["Sequence"] = 4] = "Sequence";
      DefinitionType2[DefinitionType2["Mapping"] = 5] = "Mapping";
      DefinitionType2[DefinitionType2["OneOf"] = 6] = "OneOf";
      DefinitionType2[DefinitionType2["AllowedValues"] = 7] = "AllowedValues";
    })(DefinitionType || (DefinitionType = {}));
  }
});

// node_modules/@actions/workflow-parser/dist/templates/template-constants.js
var ALLOWED_VALUES, ANY, BOOLEAN, BOOLEAN_DEFINITION, BOOLEAN_DEFINITION_PROPERTIES, CLOSE_EXPRESSION, CONSTANT, CONTEXT, DEFINITION, DEFINITIONS, DESCRIPTION, IGNORE_CASE, INSERT_DIRECTIVE, IS_EXPRESSION, ITEM_TYPE, LOOSE_KEY_TYPE, LOOSE_VALUE_TYPE, MAX_CONSTANT, MAPPING, MAPPING_DEFINITION, MAPPING_DEFINITION_PROPERTIES, MAPPING_PROPERTY_VALUE, NON_EMPTY_STRING, NULL, NULL_DEFINITION, NULL_DEFINITION_PROPERTIES, NUMBER, NUMBER_DEFINITION, NUMBER_DEFINITION_PROPERTIES, ONE_OF, ONE_OF_DEFINITION, OPEN_EXPRESSION, PROPERTY_VALUE, PROPERTIES, REQUIRED, REQUIRE_NON_EMPTY, SCALAR, SEQUENCE, SEQUENCE_DEFINITION, SEQUENCE_DEFINITION_PROPERTIES, TYPE, SEQUENCE_OF_NON_EMPTY_STRING, STRING, STRING_DEFINITION, STRING_DEFINITION_PROPERTIES, TEMPLATE_SCHEMA, VERSION;
var init_template_constants = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/template-constants.js"() {
    ALLOWED_VALUES = "allowed-values";
    ANY = "any";
    BOOLEAN = "boolean";
    BOOLEAN_DEFINITION = "boolean-definition";
    BOOLEAN_DEFINITION_PROPERTIES = "boolean-definition-properties";
    CLOSE_EXPRESSION = "}}";
    CONSTANT = "constant";
    CONTEXT = "context";
    DEFINITION = "definition";
    DEFINITIONS = "definitions";
    DESCRIPTION = "description";
    IGNORE_CASE = "ignore-case";
    INSERT_DIRECTIVE = "insert";
    IS_EXPRESSION = "is-expression";
    ITEM_TYPE = "item-type";
    LOOSE_KEY_TYPE = "loose-key-type";
    LOOSE_VALUE_TYPE = "loose-value-type";
    MAX_CONSTANT = "MAX";
    MAPPING = "mapping";
    MAPPING_DEFINITION = "mapping-definition";
    MAPPING_DEFINITION_PROPERTIES = "mapping-definition-properties";
    MAPPING_PROPERTY_VALUE = "mapping-property-value";
    NON_EMPTY_STRING = "non-empty-string";
    NULL = "null";
    NULL_DEFINITION = "null-definition";
    NULL_DEFINITION_PROPERTIES = "null-definition-properties";
    NUMBER = "number";
    NUMBER_DEFINITION = "number-definition";
    NUMBER_DEFINITION_PROPERTIES = "number-definition-properties";
    ONE_OF = "one-of";
    ONE_OF_DEFINITION = "one-of-definition";
    OPEN_EXPRESSION = "${{";
    PROPERTY_VALUE = "property-value";
    PROPERTIES = "properties";
    REQUIRED = "required";
    REQUIRE_NON_EMPTY = "require-non-empty";
    SCALAR = "scalar";
    SEQUENCE = "sequence";
    SEQUENCE_DEFINITION = "sequence-definition";
    SEQUENCE_DEFINITION_PROPERTIES = "sequence-definition-properties";
    TYPE = "type";
    SEQUENCE_OF_NON_EMPTY_STRING = "sequence-of-non-empty-string";
    STRING = "string";
    STRING_DEFINITION = "string-definition";
    STRING_DEFINITION_PROPERTIES = "string-definition-properties";
    TEMPLATE_SCHEMA = "template-schema";
    VERSION = "version";
  }
});

// node_modules/@actions/workflow-parser/dist/templates/tokens/scalar-token.js
var ScalarToken;
var init_scalar_token = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/tokens/scalar-token.js"() {
    init_template_token();
    ScalarToken = class extends TemplateToken {
      constructor(type, file, range, definitionInfo) {
        super(type, file, range, definitionInfo);
      }
      get isScalar() {
        return true;
      }
      static trimDisplayString(displayString) {
        let firstLine = displayString.trimStart();
        const firstNewLine = firstLine.indexOf("\n");
        const firstCarriageReturn = firstLine.indexOf("\r");
        if (firstNewLine >= 0 || firstCarriageReturn >= 0) {
          firstLine = firstLine.substr(0, Math.min(firstNewLine >= 0 ? firstNewLine : Number.MAX_VALUE, firstCarriageReturn >= 0 ? firstCarriageReturn : Number.MAX_VALUE));
        }
        return firstLine;
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/tokens/literal-token.js
var LiteralToken;
var init_literal_token = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/tokens/literal-token.js"() {
    init_scalar_token();
    LiteralToken = class extends ScalarToken {
      constructor(type, file, range, definitionInfo) {
        super(type, file, range, definitionInfo);
      }
      get isLiteral() {
        return true;
      }
      get isExpression() {
        return false;
      }
      toDisplayString() {
        return ScalarToken.trimDisplayString(this.toString());
      }
      /**
       * Throws a good debug message when an unexpected literal value is encountered
       */
      assertUnexpectedValue(objectDescription) {
        throw new Error(`Error while reading '${objectDescription}'. Unexpected value '${this.toString()}'`);
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/tokens/string-token.js
var StringToken;
var init_string_token = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/tokens/string-token.js"() {
    init_tokens();
    init_types();
    StringToken = class _StringToken extends LiteralToken {
      constructor(file, range, value, definitionInfo, source, blockScalarHeader) {
        super(TokenType.String, file, range, definitionInfo);
        this.value = value;
        this.source = source;
        this.blockScalarHeader = blockScalarHeader;
      }
      clone(omitSource) {
        return omitSource ? new _StringToken(void 0, void 0, this.value, this.definitionInfo, this.source, this.blockScalarHeader) : new _StringToken(this.file, this.range, this.value, this.definitionInfo, this.source, this.blockScalarHeader);
      }
      toString() {
        return this.value;
      }
      toJSON() {
        return this.value;
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/tokens/number-token.js
var NumberToken;
var init_number_token = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/tokens/number-token.js"() {
    init_tokens();
    init_types();
    NumberToken = class _NumberToken extends LiteralToken {
      constructor(file, range, value, definitionInfo) {
        super(TokenType.Number, file, range, definitionInfo);
        this.num = value;
      }
      get value() {
        return this.num;
      }
      clone(omitSource) {
        return omitSource ? new _NumberToken(void 0, void 0, this.num, this.definitionInfo) : new _NumberToken(this.file, this.range, this.num, this.definitionInfo);
      }
      toString() {
        return `${this.num}`;
      }
      toJSON() {
        return this.num;
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/tokens/boolean-token.js
var BooleanToken;
var init_boolean_token = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/tokens/boolean-token.js"() {
    init_tokens();
    init_types();
    BooleanToken = class _BooleanToken extends LiteralToken {
      constructor(file, range, value, definitionInfo) {
        super(TokenType.Boolean, file, range, definitionInfo);
        this.bool = value;
      }
      get value() {
        return this.bool;
      }
      clone(omitSource) {
        return omitSource ? new _BooleanToken(void 0, void 0, this.bool, this.definitionInfo) : new _BooleanToken(this.file, this.range, this.bool, this.definitionInfo);
      }
      toString() {
        return this.bool ? "true" : "false";
      }
      toJSON() {
        return this.bool;
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/tokens/null-token.js
var NullToken;
var init_null_token = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/tokens/null-token.js"() {
    init_tokens();
    init_types();
    NullToken = class _NullToken extends LiteralToken {
      constructor(file, range, definitionInfo) {
        super(TokenType.Null, file, range, definitionInfo);
      }
      clone(omitSource) {
        return omitSource ? new _NullToken(void 0, void 0, this.definitionInfo) : new _NullToken(this.file, this.range, this.definitionInfo);
      }
      toString() {
        return "";
      }
      toJSON() {
        return null;
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/tokens/key-value-pair.js
var KeyValuePair;
var init_key_value_pair = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/tokens/key-value-pair.js"() {
    KeyValuePair = class {
      constructor(key, value) {
        this.key = key;
        this.value = value;
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/tokens/sequence-token.js
var SequenceToken;
var init_sequence_token = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/tokens/sequence-token.js"() {
    init_tokens();
    init_types();
    SequenceToken = class _SequenceToken extends TemplateToken {
      constructor(file, range, definitionInfo) {
        super(TokenType.Sequence, file, range, definitionInfo);
        this.seq = [];
      }
      get count() {
        return this.seq.length;
      }
      get isScalar() {
        return false;
      }
      get isLiteral() {
        return false;
      }
      get isExpression() {
        return false;
      }
      add(value) {
        this.seq.push(value);
      }
      get(index) {
        return this.seq[index];
      }
      clone(omitSource) {
        const result = omitSource ? new _SequenceToken(void 0, void 0, this.definitionInfo) : new _SequenceToken(this.file, this.range, this.definitionInfo);
        for (const item of this.seq) {
          result.add(item.clone(omitSource));
        }
        return result;
      }
      toJSON() {
        return {
          type: TokenType.Sequence,
          seq: this.seq
        };
      }
      *[Symbol.iterator]() {
        for (const item of this.seq) {
          yield item;
        }
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/tokens/mapping-token.js
var MappingToken;
var init_mapping_token = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/tokens/mapping-token.js"() {
    init_tokens();
    init_types();
    MappingToken = class _MappingToken extends TemplateToken {
      constructor(file, range, definitionInfo) {
        super(TokenType.Mapping, file, range, definitionInfo);
        this.map = [];
      }
      get count() {
        return this.map.length;
      }
      get isScalar() {
        return false;
      }
      get isLiteral() {
        return false;
      }
      get isExpression() {
        return false;
      }
      add(key, value) {
        this.map.push(new KeyValuePair(key, value));
      }
      get(index) {
        return this.map[index];
      }
      find(key) {
        const pair2 = this.map.find((pair3) => pair3.key.toString() === key);
        return pair2?.value;
      }
      remove(index) {
        this.map.splice(index, 1);
      }
      clone(omitSource) {
        const result = omitSource ? new _MappingToken(void 0, void 0, this.definitionInfo) : new _MappingToken(this.file, this.range, this.definitionInfo);
        for (const item of this.map) {
          result.add(item.key.clone(omitSource), item.value.clone(omitSource));
        }
        return result;
      }
      toJSON() {
        const items = [];
        for (const item of this.map) {
          items.push({ Key: item.key, Value: item.value });
        }
        return {
          type: TokenType.Mapping,
          map: items
        };
      }
      *[Symbol.iterator]() {
        for (const item of this.map) {
          yield item;
        }
      }
    };
  }
});

// node_modules/@actions/expressions/dist/ast.js
var Expr, Literal, Unary, FunctionCall, Binary, Logical, Grouping, ContextAccess, IndexAccess, Star;
var init_ast = __esm({
  "node_modules/@actions/expressions/dist/ast.js"() {
    Expr = class {
    };
    Literal = class extends Expr {
      constructor(literal2, token) {
        super();
        this.literal = literal2;
        this.token = token;
      }
      accept(v) {
        return v.visitLiteral(this);
      }
    };
    Unary = class extends Expr {
      constructor(operator, expr) {
        super();
        this.operator = operator;
        this.expr = expr;
      }
      accept(v) {
        return v.visitUnary(this);
      }
    };
    FunctionCall = class extends Expr {
      constructor(functionName, args) {
        super();
        this.functionName = functionName;
        this.args = args;
      }
      accept(v) {
        return v.visitFunctionCall(this);
      }
    };
    Binary = class extends Expr {
      constructor(left, operator, right) {
        super();
        this.left = left;
        this.operator = operator;
        this.right = right;
      }
      accept(v) {
        return v.visitBinary(this);
      }
    };
    Logical = class extends Expr {
      constructor(operator, args) {
        super();
        this.operator = operator;
        this.args = args;
      }
      accept(v) {
        return v.visitLogical(this);
      }
    };
    Grouping = class extends Expr {
      constructor(group) {
        super();
        this.group = group;
      }
      accept(v) {
        return v.visitGrouping(this);
      }
    };
    ContextAccess = class extends Expr {
      constructor(name2) {
        super();
        this.name = name2;
      }
      accept(v) {
        return v.visitContextAccess(this);
      }
    };
    IndexAccess = class extends Expr {
      constructor(expr, index) {
        super();
        this.expr = expr;
        this.index = index;
      }
      accept(v) {
        return v.visitIndexAccess(this);
      }
    };
    Star = class extends Expr {
      accept() {
        throw new Error("Method not implemented.");
      }
    };
  }
});

// node_modules/@actions/expressions/dist/data/expressiondata.js
function kindStr(k) {
  switch (k) {
    case Kind.Array:
      return "Array";
    case Kind.Boolean:
      return "Boolean";
    case Kind.Null:
      return "Null";
    case Kind.Number:
      return "Number";
    case Kind.Dictionary:
      return "Object";
    case Kind.String:
      return "String";
  }
  return "unknown";
}
var Kind;
var init_expressiondata = __esm({
  "node_modules/@actions/expressions/dist/data/expressiondata.js"() {
    (function(Kind2) {
      Kind2[Kind2["String"] = 0] = "String";
      Kind2[Kind2["Array"] = 1] = "Array";
      Kind2[Kind2["Dictionary"] = 2] = "Dictionary";
      Kind2[Kind2["Boolean"] = 3] = "Boolean";
      Kind2[Kind2["Number"] = 4] = "Number";
      Kind2[Kind2["CaseSensitiveDictionary"] = 5] = "CaseSensitiveDictionary";
      Kind2[Kind2["Null"] = 6] = "Null";
    })(Kind || (Kind = {}));
  }
});

// node_modules/@actions/expressions/dist/data/dictionary.js
var Dictionary;
var init_dictionary = __esm({
  "node_modules/@actions/expressions/dist/data/dictionary.js"() {
    init_expressiondata();
    Dictionary = class {
      constructor(...pairs) {
        this.keys = [];
        this.v = [];
        this.indexMap = {};
        this.kind = Kind.Dictionary;
        this.primitive = false;
        for (const p of pairs) {
          this.add(p.key, p.value);
        }
      }
      coerceString() {
        return kindStr(this.kind);
      }
      number() {
        return NaN;
      }
      add(key, value) {
        if (key.toLowerCase() in this.indexMap) {
          return;
        }
        this.keys.push(key);
        this.v.push(value);
        this.indexMap[key.toLowerCase()] = this.v.length - 1;
      }
      get(key) {
        const index = this.indexMap[key.toLowerCase()];
        if (index === void 0) {
          return void 0;
        }
        return this.v[index];
      }
      values() {
        return this.v;
      }
      pairs() {
        const result = [];
        for (const key of this.keys) {
          result.push({ key, value: this.v[this.indexMap[key.toLowerCase()]] });
        }
        return result;
      }
    };
  }
});

// node_modules/@actions/expressions/dist/data/array.js
var Array2;
var init_array = __esm({
  "node_modules/@actions/expressions/dist/data/array.js"() {
    init_expressiondata();
    Array2 = class {
      constructor(...data) {
        this.v = [];
        this.kind = Kind.Array;
        this.primitive = false;
        for (const d of data) {
          this.add(d);
        }
      }
      coerceString() {
        return kindStr(this.kind);
      }
      number() {
        return NaN;
      }
      add(value) {
        this.v.push(value);
      }
      get(index) {
        return this.v[index];
      }
      values() {
        return this.v;
      }
    };
  }
});

// node_modules/@actions/expressions/dist/data/boolean.js
var BooleanData;
var init_boolean = __esm({
  "node_modules/@actions/expressions/dist/data/boolean.js"() {
    init_expressiondata();
    BooleanData = class {
      constructor(value) {
        this.value = value;
        this.kind = Kind.Boolean;
        this.primitive = true;
      }
      coerceString() {
        if (this.value) {
          return "true";
        }
        return "false";
      }
      number() {
        if (this.value) {
          return 1;
        }
        return 0;
      }
    };
  }
});

// node_modules/@actions/expressions/dist/data/null.js
var Null;
var init_null = __esm({
  "node_modules/@actions/expressions/dist/data/null.js"() {
    init_expressiondata();
    Null = class {
      constructor() {
        this.kind = Kind.Null;
        this.primitive = true;
      }
      coerceString() {
        return "";
      }
      number() {
        return 0;
      }
    };
  }
});

// node_modules/@actions/expressions/dist/data/number.js
var NumberData;
var init_number = __esm({
  "node_modules/@actions/expressions/dist/data/number.js"() {
    init_expressiondata();
    NumberData = class {
      constructor(value) {
        this.value = value;
        this.kind = Kind.Number;
        this.primitive = true;
      }
      coerceString() {
        if (this.value === 0) {
          return "0";
        }
        return (+this.value.toFixed(15)).toString();
      }
      number() {
        return this.value;
      }
    };
  }
});

// node_modules/@actions/expressions/dist/data/string.js
var StringData;
var init_string = __esm({
  "node_modules/@actions/expressions/dist/data/string.js"() {
    init_expressiondata();
    StringData = class {
      constructor(value) {
        this.value = value;
        this.kind = Kind.String;
        this.primitive = true;
      }
      coerceString() {
        return this.value;
      }
      number() {
        return Number(this.value);
      }
    };
  }
});

// node_modules/@actions/expressions/dist/data/replacer.js
function replacer(_key, value) {
  if (value instanceof Null) {
    return null;
  }
  if (value instanceof BooleanData) {
    return value.value;
  }
  if (value instanceof NumberData) {
    return value.number();
  }
  if (value instanceof StringData) {
    return value.coerceString();
  }
  if (value instanceof Array2) {
    return value.values();
  }
  if (value instanceof Dictionary) {
    const pairs = value.pairs();
    const r = {};
    for (const p of pairs) {
      r[p.key] = p.value;
    }
    return r;
  }
  return value;
}
var init_replacer = __esm({
  "node_modules/@actions/expressions/dist/data/replacer.js"() {
    init_array();
    init_boolean();
    init_dictionary();
    init_null();
    init_number();
    init_string();
  }
});

// node_modules/@actions/expressions/dist/data/reviver.js
function reviver(_key, val) {
  if (val === null) {
    return new Null();
  }
  if (typeof val === "string") {
    return new StringData(val);
  }
  if (typeof val === "number") {
    return new NumberData(val);
  }
  if (typeof val === "boolean") {
    return new BooleanData(val);
  }
  if (Array.isArray(val)) {
    return new Array2(...val);
  }
  if (typeof val === "object") {
    return new Dictionary(...Object.keys(val).map((k) => ({
      key: k,
      value: val[k]
    })));
  }
  return val;
}
var init_reviver = __esm({
  "node_modules/@actions/expressions/dist/data/reviver.js"() {
    init_array();
    init_boolean();
    init_dictionary();
    init_null();
    init_number();
    init_string();
  }
});

// node_modules/@actions/expressions/dist/data/index.js
var init_data = __esm({
  "node_modules/@actions/expressions/dist/data/index.js"() {
    init_array();
    init_boolean();
    init_dictionary();
    init_expressiondata();
    init_null();
    init_number();
    init_replacer();
    init_reviver();
    init_string();
  }
});

// node_modules/@actions/expressions/dist/filtered_array.js
var init_filtered_array = __esm({
  "node_modules/@actions/expressions/dist/filtered_array.js"() {
    init_data();
  }
});

// node_modules/@actions/expressions/dist/lexer.js
function tokenString(tok) {
  switch (tok.type) {
    case TokenType2.EOF:
      return "EOF";
    case TokenType2.NUMBER:
      return tok.lexeme;
    case TokenType2.STRING:
      return tok.value.toString();
    default:
      return tok.lexeme;
  }
}
function isDigit(c) {
  return c >= "0" && c <= "9";
}
function isBoundary(c) {
  switch (c) {
    case "(":
    case "[":
    case ")":
    case "]":
    case ",":
    case ".":
    case "!":
    case ">":
    case "<":
    case "=":
    case "&":
    case "|":
      return true;
  }
  return /\s/.test(c);
}
function isLegalIdentifier(str) {
  if (str == "") {
    return false;
  }
  const first = str[0];
  if (first >= "a" && first <= "z" || first >= "A" && first <= "Z" || first == "_") {
    for (const c of str.substring(1).split("")) {
      if (c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c >= "0" && c <= "9" || c == "_" || c == "-") {
      } else {
        return false;
      }
    }
    return true;
  }
  return false;
}
var TokenType2, Lexer;
var init_lexer = __esm({
  "node_modules/@actions/expressions/dist/lexer.js"() {
    init_data();
    init_errors();
    (function(TokenType3) {
      TokenType3[TokenType3["UNKNOWN"] = 0] = "UNKNOWN";
      TokenType3[TokenType3["LEFT_PAREN"] = 1] = "LEFT_PAREN";
      TokenType3[TokenType3["RIGHT_PAREN"] = 2] = "RIGHT_PAREN";
      TokenType3[TokenType3["LEFT_BRACKET"] = 3] = "LEFT_BRACKET";
      TokenType3[TokenType3["RIGHT_BRACKET"] = 4] = "RIGHT_BRACKET";
      TokenType3[TokenType3["COMMA"] = 5] = "COMMA";
      TokenType3[TokenType3["DOT"] = 6] = "DOT";
      TokenType3[TokenType3["BANG"] = 7] = "BANG";
      TokenType3[TokenType3["BANG_EQUAL"] = 8] = "BANG_EQUAL";
      TokenType3[TokenType3["EQUAL_EQUAL"] = 9] = "EQUAL_EQUAL";
      TokenType3[TokenType3["GREATER"] = 10] = "GREATER";
      TokenType3[TokenType3["GREATER_EQUAL"] = 11] = "GREATER_EQUAL";
      TokenType3[TokenType3["LESS"] = 12] = "LESS";
      TokenType3[TokenType3["LESS_EQUAL"] = 13] = "LESS_EQUAL";
      TokenType3[TokenType3["AND"] = 14] = "AND";
      TokenType3[TokenType3["OR"] = 15] = "OR";
      TokenType3[TokenType3["STAR"] = 16] = "STAR";
      TokenType3[TokenType3["NUMBER"] = 17] = "NUMBER";
      TokenType3[TokenType3["STRING"] = 18] = "STRING";
      TokenType3[TokenType3["IDENTIFIER"] = 19] = "IDENTIFIER";
      TokenType3[TokenType3["TRUE"] = 20] = "TRUE";
      TokenType3[TokenType3["FALSE"] = 21] = "FALSE";
      TokenType3[TokenType3["NULL"] = 22] = "NULL";
      TokenType3[TokenType3["EOF"] = 23] = "EOF";
    })(TokenType2 || (TokenType2 = {}));
    Lexer = class {
      constructor(input) {
        this.input = input;
        this.start = 0;
        this.offset = 0;
        this.line = 0;
        this.lastLineOffset = 0;
        this.tokens = [];
      }
      lex() {
        if (this.input.length > MAX_EXPRESSION_LENGTH) {
          throw new Error("ErrorExceededMaxLength");
        }
        while (!this.atEnd()) {
          this.start = this.offset;
          const c = this.next();
          switch (c) {
            case "(":
              this.addToken(TokenType2.LEFT_PAREN);
              break;
            case ")":
              this.addToken(TokenType2.RIGHT_PAREN);
              break;
            case "[":
              this.addToken(TokenType2.LEFT_BRACKET);
              break;
            case "]":
              this.addToken(TokenType2.RIGHT_BRACKET);
              break;
            case ",":
              this.addToken(TokenType2.COMMA);
              break;
            case ".":
              if (this.previous() != TokenType2.IDENTIFIER && this.previous() != TokenType2.RIGHT_BRACKET && this.previous() != TokenType2.RIGHT_PAREN && this.previous() != TokenType2.STAR) {
                this.consumeNumber();
              } else {
                this.addToken(TokenType2.DOT);
              }
              break;
            case "-":
            case "+":
              this.consumeNumber();
              break;
            case "!":
              this.addToken(this.match("=") ? TokenType2.BANG_EQUAL : TokenType2.BANG);
              break;
            case "=":
              if (!this.match("=")) {
                this.consumeIdentifier();
                break;
              }
              this.addToken(TokenType2.EQUAL_EQUAL);
              break;
            case "<":
              this.addToken(this.match("=") ? TokenType2.LESS_EQUAL : TokenType2.LESS);
              break;
            case ">":
              this.addToken(this.match("=") ? TokenType2.GREATER_EQUAL : TokenType2.GREATER);
              break;
            case "&":
              if (!this.match("&")) {
                this.consumeIdentifier();
                break;
              }
              this.addToken(TokenType2.AND);
              break;
            case "|":
              if (!this.match("|")) {
                this.consumeIdentifier();
                break;
              }
              this.addToken(TokenType2.OR);
              break;
            case "*":
              this.addToken(TokenType2.STAR);
              break;
            // Ignore whitespace.
            case " ":
            case "\r":
            case "	":
              break;
            case "\n":
              ++this.line;
              this.lastLineOffset = this.offset;
              break;
            case "'":
              this.consumeString();
              break;
            default:
              switch (true) {
                case isDigit(c):
                  this.consumeNumber();
                  break;
                default:
                  this.consumeIdentifier();
                  break;
              }
          }
        }
        this.tokens.push({
          type: TokenType2.EOF,
          lexeme: "",
          range: this.range()
        });
        return {
          tokens: this.tokens
        };
      }
      pos() {
        return {
          line: this.line,
          column: this.start - this.lastLineOffset
        };
      }
      endPos() {
        return {
          line: this.line,
          column: this.offset - this.lastLineOffset
        };
      }
      range() {
        return {
          start: this.pos(),
          end: this.endPos()
        };
      }
      atEnd() {
        return this.offset >= this.input.length;
      }
      peek() {
        if (this.atEnd()) {
          return "\0";
        }
        return this.input[this.offset];
      }
      peekNext() {
        if (this.offset + 1 >= this.input.length) {
          return "\0";
        }
        return this.input[this.offset + 1];
      }
      previous() {
        const l = this.tokens.length;
        if (l == 0) {
          return TokenType2.EOF;
        }
        return this.tokens[l - 1].type;
      }
      next() {
        return this.input[this.offset++];
      }
      match(expected) {
        if (this.atEnd()) {
          return false;
        }
        if (this.input[this.offset] !== expected) {
          return false;
        }
        this.offset++;
        return true;
      }
      addToken(type, value) {
        this.tokens.push({
          type,
          lexeme: this.input.substring(this.start, this.offset),
          range: this.range(),
          value
        });
      }
      consumeNumber() {
        while (!this.atEnd() && (!isBoundary(this.peek()) || this.peek() == ".")) {
          this.next();
        }
        const lexeme = this.input.substring(this.start, this.offset);
        const value = new StringData(lexeme).number();
        if (isNaN(value)) {
          throw new Error(`Unexpected symbol: '${lexeme}'. Located at position ${this.start + 1} within expression: ${this.input}`);
        }
        this.addToken(TokenType2.NUMBER, value);
      }
      consumeString() {
        while ((this.peek() !== "'" || this.peekNext() === "'") && !this.atEnd()) {
          if (this.peek() === "\n")
            this.line++;
          if (this.peek() === "'" && this.peekNext() === "'") {
            this.next();
          }
          this.next();
        }
        if (this.atEnd()) {
          throw new Error(`Unexpected symbol: '${this.input.substring(this.start)}'. Located at position ${this.start + 1} within expression: ${this.input}`);
        }
        this.next();
        let value = this.input.substring(this.start + 1, this.offset - 1);
        value = value.replace("''", "'");
        this.addToken(TokenType2.STRING, value);
      }
      consumeIdentifier() {
        while (!this.atEnd() && !isBoundary(this.peek())) {
          this.next();
        }
        let tokenType = TokenType2.IDENTIFIER;
        let tokenValue = void 0;
        const lexeme = this.input.substring(this.start, this.offset);
        if (this.previous() != TokenType2.DOT) {
          switch (lexeme) {
            case "true":
              tokenType = TokenType2.TRUE;
              break;
            case "false":
              tokenType = TokenType2.FALSE;
              break;
            case "null":
              tokenType = TokenType2.NULL;
              break;
            case "NaN":
              tokenType = TokenType2.NUMBER;
              tokenValue = NaN;
              break;
            case "Infinity":
              tokenType = TokenType2.NUMBER;
              tokenValue = Infinity;
              break;
          }
        }
        if (!isLegalIdentifier(lexeme)) {
          throw new Error(`Unexpected symbol: '${lexeme}'. Located at position ${this.start + 1} within expression: ${this.input}`);
        }
        this.addToken(tokenType, tokenValue);
      }
    };
  }
});

// node_modules/@actions/expressions/dist/errors.js
function errorDescription(typ) {
  switch (typ) {
    case ErrorType.ErrorUnexpectedEndOfExpression:
      return "Unexpected end of expression";
    case ErrorType.ErrorUnexpectedSymbol:
      return "Unexpected symbol";
    case ErrorType.ErrorUnrecognizedNamedValue:
      return "Unrecognized named-value";
    case ErrorType.ErrorExceededMaxDepth:
      return `Exceeded max expression depth ${MAX_PARSER_DEPTH}`;
    case ErrorType.ErrorExceededMaxLength:
      return `Exceeded max expression length ${MAX_EXPRESSION_LENGTH}`;
    case ErrorType.ErrorTooFewParameters:
      return "Too few parameters supplied";
    case ErrorType.ErrorTooManyParameters:
      return "Too many parameters supplied";
    case ErrorType.ErrorEvenParameters:
      return "Even number of parameters supplied, requires an odd number of parameters";
    case ErrorType.ErrorUnrecognizedContext:
      return "Unrecognized named-value";
    case ErrorType.ErrorUnrecognizedFunction:
      return "Unrecognized function";
    default:
      return "Unknown error";
  }
}
var MAX_PARSER_DEPTH, MAX_EXPRESSION_LENGTH, ErrorType, ExpressionError, ExpressionEvaluationError;
var init_errors = __esm({
  "node_modules/@actions/expressions/dist/errors.js"() {
    init_lexer();
    MAX_PARSER_DEPTH = 50;
    MAX_EXPRESSION_LENGTH = 21e3;
    (function(ErrorType2) {
      ErrorType2[ErrorType2["ErrorUnexpectedSymbol"] = 0] = "ErrorUnexpectedSymbol";
      ErrorType2[ErrorType2["ErrorUnrecognizedNamedValue"] = 1] = "ErrorUnrecognizedNamedValue";
      ErrorType2[ErrorType2["ErrorUnexpectedEndOfExpression"] = 2] = "ErrorUnexpectedEndOfExpression";
      ErrorType2[ErrorType2["ErrorExceededMaxDepth"] = 3] = "ErrorExceededMaxDepth";
      ErrorType2[ErrorType2["ErrorExceededMaxLength"] = 4] = "ErrorExceededMaxLength";
      ErrorType2[ErrorType2["ErrorTooFewParameters"] = 5] = "ErrorTooFewParameters";
      ErrorType2[ErrorType2["ErrorTooManyParameters"] = 6] = "ErrorTooManyParameters";
      ErrorType2[ErrorType2["ErrorEvenParameters"] = 7] = "ErrorEvenParameters";
      ErrorType2[ErrorType2["ErrorUnrecognizedContext"] = 8] = "ErrorUnrecognizedContext";
      ErrorType2[ErrorType2["ErrorUnrecognizedFunction"] = 9] = "ErrorUnrecognizedFunction";
    })(ErrorType || (ErrorType = {}));
    ExpressionError = class extends Error {
      constructor(typ, tok) {
        super(`${errorDescription(typ)}: '${tokenString(tok)}'`);
        this.typ = typ;
        this.tok = tok;
        this.pos = this.tok.range.start;
      }
    };
    ExpressionEvaluationError = class extends Error {
    };
  }
});

// node_modules/@actions/expressions/dist/funcs/case.js
var caseFunc;
var init_case = __esm({
  "node_modules/@actions/expressions/dist/funcs/case.js"() {
    init_data();
    caseFunc = {
      name: "case",
      description: "`case( pred1, val1, pred2, val2, ..., default )`\n\nEvaluates predicates in order and returns the value corresponding to the first predicate that evaluates to `true`. If no predicate matches, it returns the last argument as the default value.",
      minArgs: 3,
      maxArgs: Number.MAX_SAFE_INTEGER,
      call: (...args) => {
        for (let i = 0; i < args.length - 1; i += 2) {
          const predicate = args[i];
          if (predicate.kind !== Kind.Boolean) {
            throw new Error("case predicate must evaluate to a boolean value");
          }
          if (predicate.value) {
            return args[i + 1];
          }
        }
        return args[args.length - 1];
      }
    };
  }
});

// node_modules/@actions/expressions/dist/result.js
function coerceTypes(li, ri) {
  let lv = li;
  let rv = ri;
  if (li.kind === ri.kind) {
    return [lv, rv];
  }
  switch (li.kind) {
    // Number, String
    case Kind.Number:
      if (ri.kind === Kind.String) {
        rv = new NumberData(ri.number());
        return [lv, rv];
      }
      break;
    // String, Number
    case Kind.String:
      if (ri.kind === Kind.Number) {
        lv = new NumberData(li.number());
        return [lv, rv];
      }
      break;
    // Boolean|Null, Any
    case Kind.Null:
    case Kind.Boolean:
      lv = new NumberData(li.number());
      return coerceTypes(lv, rv);
  }
  switch (ri.kind) {
    case Kind.Null:
    case Kind.Boolean:
      rv = new NumberData(ri.number());
      return coerceTypes(lv, rv);
  }
  return [lv, rv];
}
function equals(lhs, rhs) {
  const [lv, rv] = coerceTypes(lhs, rhs);
  if (lv.kind != rv.kind) {
    return false;
  }
  switch (lv.kind) {
    // Null, Null
    case Kind.Null:
      return true;
    // Number, Number
    case Kind.Number: {
      const ld = lv.value;
      const rd = rv.value;
      if (isNaN(ld) || isNaN(rd)) {
        return false;
      }
      return ld == rd;
    }
    // String, String
    case Kind.String: {
      const ls = lv.value;
      const rs = rv.value;
      return toUpperSpecial(ls) === toUpperSpecial(rs);
    }
    // Boolean, Boolean
    case Kind.Boolean: {
      const lb = lv.value;
      const rb = rv.value;
      return lb == rb;
    }
    // Object, Object
    case Kind.Dictionary:
    case Kind.Array:
      return lv === rv;
  }
  return false;
}
function toUpperSpecial(s) {
  const sb = [];
  let i = 0;
  const len = s.length;
  let found = s.indexOf("\u0131");
  while (i < len) {
    if (i < found) {
      sb.push(s.substring(i, found).toUpperCase());
      i = found;
    } else if (i == found) {
      sb.push(s.substring(i, i + 1));
      i += 1;
      found = s.indexOf("\u0131", i);
    } else {
      sb.push(s.substring(i).toUpperCase());
      break;
    }
  }
  return sb.join("");
}
var init_result = __esm({
  "node_modules/@actions/expressions/dist/result.js"() {
    init_data();
  }
});

// node_modules/@actions/expressions/dist/funcs/contains.js
var contains;
var init_contains = __esm({
  "node_modules/@actions/expressions/dist/funcs/contains.js"() {
    init_data();
    init_result();
    contains = {
      name: "contains",
      description: "`contains( search, item )`\n\nReturns `true` if `search` contains `item`. If `search` is an array, this function returns `true` if the `item` is an element in the array. If `search` is a string, this function returns `true` if the `item` is a substring of `search`. This function is not case sensitive. Casts values to a string.",
      minArgs: 2,
      maxArgs: 2,
      call: (...args) => {
        const left = args[0];
        const right = args[1];
        if (left.primitive) {
          const ls = left.coerceString();
          if (right.primitive) {
            const rs = right.coerceString();
            return new BooleanData(ls.toLowerCase().includes(rs.toLowerCase()));
          }
        } else if (left.kind === Kind.Array) {
          const la = left;
          if (la.values().length === 0) {
            return new BooleanData(false);
          }
          for (const v of la.values()) {
            if (equals(right, v)) {
              return new BooleanData(true);
            }
          }
        }
        return new BooleanData(false);
      }
    };
  }
});

// node_modules/@actions/expressions/dist/funcs/endswith.js
var endswith;
var init_endswith = __esm({
  "node_modules/@actions/expressions/dist/funcs/endswith.js"() {
    init_data();
    init_result();
    endswith = {
      name: "endsWith",
      description: "`endsWith( searchString, searchValue )`\n\nReturns `true` if `searchString` ends with `searchValue`. This function is not case sensitive. Casts values to a string.",
      minArgs: 2,
      maxArgs: 2,
      call: (...args) => {
        const left = args[0];
        if (!left.primitive) {
          return new BooleanData(false);
        }
        const right = args[1];
        if (!right.primitive) {
          return new BooleanData(false);
        }
        const ls = toUpperSpecial(left.coerceString());
        const rs = toUpperSpecial(right.coerceString());
        return new BooleanData(ls.endsWith(rs));
      }
    };
  }
});

// node_modules/@actions/expressions/dist/funcs/format.js
function safeCharAt(string2, index) {
  if (string2.length > index) {
    return string2[index];
  }
  return "\0";
}
function readArgIndex(string2, startIndex) {
  let length = 0;
  for (; ; ) {
    const nextChar = safeCharAt(string2, startIndex + length);
    if (nextChar >= "0" && nextChar <= "9") {
      length++;
    } else {
      break;
    }
  }
  if (length < 1) {
    return {
      success: false
    };
  }
  const endIndex = startIndex + length - 1;
  const result = parseInt(string2.substr(startIndex, length));
  return {
    success: !isNaN(result),
    result,
    endIndex
  };
}
var format;
var init_format = __esm({
  "node_modules/@actions/expressions/dist/funcs/format.js"() {
    init_data();
    format = {
      name: "format",
      description: "`format( string, replaceValue0, replaceValue1, ..., replaceValueN)`\n\nReplaces values in the `string`, with the variable `replaceValueN`. Variables in the `string` are specified using the `{N}` syntax, where `N` is an integer. You must specify at least one `replaceValue` and `string`. There is no maximum for the number of variables (`replaceValueN`) you can use. Escape curly braces using double braces.",
      minArgs: 1,
      maxArgs: 255,
      call: (...args) => {
        const fs = args[0].coerceString();
        const result = [];
        let index = 0;
        while (index < fs.length) {
          const lbrace = fs.indexOf("{", index);
          const rbrace = fs.indexOf("}", index);
          if (lbrace >= 0 && (rbrace < 0 || rbrace > lbrace)) {
            if (safeCharAt(fs, lbrace + 1) === "{") {
              result.push(fs.substr(index, lbrace - index + 1));
              index = lbrace + 2;
              continue;
            }
            if (rbrace > lbrace + 1) {
              const argIndex = readArgIndex(fs, lbrace + 1);
              if (argIndex.success) {
                if (1 + argIndex.result > args.length - 1) {
                  throw new Error(`The following format string references more arguments than were supplied: ${fs}`);
                }
                if (lbrace > index) {
                  result.push(fs.substr(index, lbrace - index));
                }
                result.push(`${args[1 + argIndex.result].coerceString()}`);
                index = rbrace + 1;
                continue;
              }
            }
            throw new Error(`The following format string is invalid: ${fs}`);
          } else if (rbrace >= 0) {
            if (safeCharAt(fs, rbrace + 1) === "}") {
              result.push(fs.substr(index, rbrace - index + 1));
              index = rbrace + 2;
            } else {
              throw new Error(`The following format string is invalid: ${fs}`);
            }
          } else {
            result.push(fs.substr(index));
            break;
          }
        }
        return new StringData(result.join(""));
      }
    };
  }
});

// node_modules/@actions/expressions/dist/funcs/fromjson.js
var fromjson;
var init_fromjson = __esm({
  "node_modules/@actions/expressions/dist/funcs/fromjson.js"() {
    init_reviver();
    init_errors();
    fromjson = {
      name: "fromJson",
      description: "`fromJSON(value)`\n\nReturns a JSON object or JSON data type for `value`. You can use this function to provide a JSON object as an evaluated expression or to convert environment variables from a string.",
      minArgs: 1,
      maxArgs: 1,
      call: (...args) => {
        const input = args[0];
        const is = input.coerceString();
        if (is.trim() === "") {
          throw new Error("empty input");
        }
        try {
          return JSON.parse(is, reviver);
        } catch (e) {
          throw new ExpressionEvaluationError("Error parsing JSON when evaluating fromJson", { cause: e });
        }
      }
    };
  }
});

// node_modules/@actions/expressions/dist/funcs/join.js
var join2;
var init_join = __esm({
  "node_modules/@actions/expressions/dist/funcs/join.js"() {
    init_data();
    join2 = {
      name: "join",
      description: "`join( array, optionalSeparator )`\n\nThe value for `array` can be an array or a string. All values in `array` are concatenated into a string. If you provide `optionalSeparator`, it is inserted between the concatenated values. Otherwise, the default separator `,` is used. Casts values to a string.",
      minArgs: 1,
      maxArgs: 2,
      call: (...args) => {
        if (args[0].primitive) {
          return new StringData(args[0].coerceString());
        }
        if (args[0].kind === Kind.Array) {
          let separator = ",";
          if (args.length > 1 && args[1].primitive) {
            separator = args[1].coerceString();
          }
          return new StringData(args[0].values().map((item) => item.coerceString()).join(separator));
        }
        return new StringData("");
      }
    };
  }
});

// node_modules/@actions/expressions/dist/funcs/startswith.js
var startswith;
var init_startswith = __esm({
  "node_modules/@actions/expressions/dist/funcs/startswith.js"() {
    init_data();
    init_result();
    startswith = {
      name: "startsWith",
      description: "`startsWith( searchString, searchValue )`\n\nReturns `true` when `searchString` starts with `searchValue`. This function is not case sensitive. Casts values to a string.",
      minArgs: 2,
      maxArgs: 2,
      call: (...args) => {
        const left = args[0];
        if (!left.primitive) {
          return new BooleanData(false);
        }
        const right = args[1];
        if (!right.primitive) {
          return new BooleanData(false);
        }
        const ls = toUpperSpecial(left.coerceString());
        const rs = toUpperSpecial(right.coerceString());
        return new BooleanData(ls.startsWith(rs));
      }
    };
  }
});

// node_modules/@actions/expressions/dist/funcs/tojson.js
var tojson;
var init_tojson = __esm({
  "node_modules/@actions/expressions/dist/funcs/tojson.js"() {
    init_data();
    init_replacer();
    tojson = {
      name: "toJson",
      description: "`toJSON(value)`\n\nReturns a pretty-print JSON representation of `value`. You can use this function to debug the information provided in contexts.",
      minArgs: 1,
      maxArgs: 1,
      call: (...args) => {
        return new StringData(JSON.stringify(args[0], replacer, "  "));
      }
    };
  }
});

// node_modules/@actions/expressions/dist/funcs.js
function validateFunction(context, identifier, argCount) {
  const name2 = identifier.lexeme.toLowerCase();
  let f;
  f = wellKnownFunctions[name2];
  if (!f) {
    f = context.extensionFunctions.get(name2);
    if (!f) {
      if (!context.allowUnknownKeywords) {
        throw new ExpressionError(ErrorType.ErrorUnrecognizedFunction, identifier);
      }
      return;
    }
  }
  if (argCount < f.minArgs) {
    throw new ExpressionError(ErrorType.ErrorTooFewParameters, identifier);
  }
  if (argCount > f.maxArgs) {
    throw new ExpressionError(ErrorType.ErrorTooManyParameters, identifier);
  }
  if (name2 === "case" && argCount % 2 === 0) {
    throw new ExpressionError(ErrorType.ErrorEvenParameters, identifier);
  }
}
var wellKnownFunctions;
var init_funcs = __esm({
  "node_modules/@actions/expressions/dist/funcs.js"() {
    init_errors();
    init_case();
    init_contains();
    init_endswith();
    init_format();
    init_fromjson();
    init_join();
    init_startswith();
    init_tojson();
    wellKnownFunctions = {
      case: caseFunc,
      contains,
      endswith,
      format,
      fromjson,
      join: join2,
      startswith,
      tojson
    };
  }
});

// node_modules/@actions/expressions/dist/idxHelper.js
var init_idxHelper = __esm({
  "node_modules/@actions/expressions/dist/idxHelper.js"() {
  }
});

// node_modules/@actions/expressions/dist/evaluator.js
var init_evaluator = __esm({
  "node_modules/@actions/expressions/dist/evaluator.js"() {
    init_ast();
    init_data();
    init_filtered_array();
    init_funcs();
    init_idxHelper();
    init_lexer();
    init_result();
  }
});

// node_modules/@actions/expressions/dist/parser.js
var Parser;
var init_parser = __esm({
  "node_modules/@actions/expressions/dist/parser.js"() {
    init_ast();
    init_data();
    init_errors();
    init_funcs();
    init_lexer();
    Parser = class {
      /**
       * Constructs a new parser for the given tokens
       *
       * @param tokens Tokens to build a parse tree from
       * @param extensionContexts Available context names
       * @param extensionFunctions Available functions (beyond the built-in ones)
       */
      constructor(tokens, extensionContexts, extensionFunctions) {
        this.tokens = tokens;
        this.offset = 0;
        this.depth = 0;
        this.extContexts = /* @__PURE__ */ new Map();
        this.extFuncs = /* @__PURE__ */ new Map();
        for (const contextName of extensionContexts) {
          this.extContexts.set(contextName.toLowerCase(), true);
        }
        for (const { name: name2, func } of extensionFunctions.map((x) => ({
          name: x.name,
          func: x
        }))) {
          this.extFuncs.set(name2.toLowerCase(), func);
        }
        this.context = {
          allowUnknownKeywords: false,
          extensionContexts: this.extContexts,
          extensionFunctions: this.extFuncs
        };
      }
      parse() {
        let result;
        if (this.atEnd()) {
          return result;
        }
        result = this.expression();
        if (!this.atEnd()) {
          throw this.buildError(ErrorType.ErrorUnexpectedSymbol, this.peek());
        }
        return result;
      }
      expression() {
        this.incrDepth();
        try {
          return this.logicalOr();
        } finally {
          this.decrDepth();
        }
      }
      logicalOr() {
        let expr = this.logicalAnd();
        if (this.check(TokenType2.OR)) {
          this.incrDepth();
          try {
            const logical = new Logical(this.peek(), [expr]);
            expr = logical;
            while (this.match(TokenType2.OR)) {
              const right = this.logicalAnd();
              logical.args.push(right);
            }
          } finally {
            this.decrDepth();
          }
        }
        return expr;
      }
      logicalAnd() {
        let expr = this.equality();
        if (this.check(TokenType2.AND)) {
          this.incrDepth();
          try {
            const logical = new Logical(this.peek(), [expr]);
            expr = logical;
            while (this.match(TokenType2.AND)) {
              const right = this.equality();
              logical.args.push(right);
            }
          } finally {
            this.decrDepth();
          }
        }
        return expr;
      }
      equality() {
        let expr = this.comparison();
        while (this.match(TokenType2.BANG_EQUAL, TokenType2.EQUAL_EQUAL)) {
          const operator = this.previous();
          const right = this.comparison();
          expr = new Binary(expr, operator, right);
        }
        return expr;
      }
      comparison() {
        let expr = this.unary();
        while (this.match(TokenType2.GREATER, TokenType2.GREATER_EQUAL, TokenType2.LESS, TokenType2.LESS_EQUAL)) {
          const operator = this.previous();
          const right = this.unary();
          expr = new Binary(expr, operator, right);
        }
        return expr;
      }
      unary() {
        if (this.match(TokenType2.BANG)) {
          this.incrDepth();
          const operator = this.previous();
          const unary = this.unary();
          try {
            return new Unary(operator, unary);
          } finally {
            this.decrDepth();
          }
        }
        return this.index();
      }
      index() {
        let expr = this.call();
        let depthIncreased = 0;
        if (expr instanceof Grouping || expr instanceof FunctionCall || expr instanceof ContextAccess) {
          let cont = true;
          while (cont) {
            switch (true) {
              case this.match(TokenType2.LEFT_BRACKET): {
                let indexExpr;
                if (this.match(TokenType2.STAR)) {
                  indexExpr = new Star();
                } else {
                  indexExpr = this.expression();
                }
                this.consume(TokenType2.RIGHT_BRACKET, ErrorType.ErrorUnexpectedSymbol);
                this.incrDepth();
                depthIncreased++;
                expr = new IndexAccess(expr, indexExpr);
                break;
              }
              case this.match(TokenType2.DOT):
                this.incrDepth();
                depthIncreased++;
                if (this.match(TokenType2.IDENTIFIER)) {
                  const property = this.previous();
                  expr = new IndexAccess(expr, new Literal(new StringData(property.lexeme), property));
                } else if (this.match(TokenType2.STAR)) {
                  expr = new IndexAccess(expr, new Star());
                } else {
                  throw this.buildError(ErrorType.ErrorUnexpectedSymbol, this.peek());
                }
                break;
              default:
                cont = false;
            }
          }
        }
        for (let i = 0; i < depthIncreased; i++) {
          this.decrDepth();
        }
        return expr;
      }
      call() {
        if (!this.check(TokenType2.IDENTIFIER)) {
          return this.primary();
        }
        const identifier = this.next();
        if (!this.match(TokenType2.LEFT_PAREN)) {
          if (!this.extContexts.has(identifier.lexeme.toLowerCase())) {
            throw this.buildError(ErrorType.ErrorUnrecognizedContext, identifier);
          }
          return new ContextAccess(identifier);
        }
        const args = [];
        while (!this.match(TokenType2.RIGHT_PAREN)) {
          const aexp = this.expression();
          args.push(aexp);
          if (!this.check(TokenType2.RIGHT_PAREN)) {
            this.consume(TokenType2.COMMA, ErrorType.ErrorUnexpectedSymbol);
          }
        }
        validateFunction(this.context, identifier, args.length);
        return new FunctionCall(identifier, args);
      }
      primary() {
        switch (true) {
          case this.match(TokenType2.FALSE):
            return new Literal(new BooleanData(false), this.previous());
          case this.match(TokenType2.TRUE):
            return new Literal(new BooleanData(true), this.previous());
          case this.match(TokenType2.NULL):
            return new Literal(new Null(), this.previous());
          case this.match(TokenType2.NUMBER):
            return new Literal(new NumberData(this.previous().value), this.previous());
          case this.match(TokenType2.STRING):
            return new Literal(new StringData(this.previous().value), this.previous());
          case this.match(TokenType2.LEFT_PAREN): {
            const expr = this.expression();
            if (this.atEnd()) {
              throw this.buildError(ErrorType.ErrorUnexpectedEndOfExpression, this.previous());
            }
            this.consume(TokenType2.RIGHT_PAREN, ErrorType.ErrorUnexpectedSymbol);
            return new Grouping(expr);
          }
          case this.atEnd():
            throw this.buildError(ErrorType.ErrorUnexpectedEndOfExpression, this.previous());
        }
        throw this.buildError(ErrorType.ErrorUnexpectedSymbol, this.peek());
      }
      // match consumes the next token if it matches any of the given types
      match(...tokenTypes) {
        for (const tokenType of tokenTypes) {
          if (this.check(tokenType)) {
            this.next();
            return true;
          }
        }
        return false;
      }
      // check peeks whether the next token is of the given type
      check(tokenType) {
        if (this.atEnd()) {
          return false;
        }
        return this.peek().type == tokenType;
      }
      // atEnd peeks whether the next token is EOF
      atEnd() {
        return this.peek().type == TokenType2.EOF;
      }
      next() {
        if (!this.atEnd()) {
          this.offset++;
        }
        return this.previous();
      }
      peek() {
        return this.tokens[this.offset];
      }
      // previous returns the previous token
      previous() {
        return this.tokens[this.offset - 1];
      }
      // consume attempts to consume the next token if it matches the given type. It returns an error of
      // the given ParseErrorKind otherwise.
      consume(tokenType, errorType) {
        if (this.check(tokenType)) {
          this.next();
          return;
        }
        throw this.buildError(errorType, this.peek());
      }
      incrDepth() {
        this.depth++;
        if (this.depth > MAX_PARSER_DEPTH) {
          throw this.buildError(ErrorType.ErrorExceededMaxDepth, this.peek());
        }
      }
      decrDepth() {
        this.depth--;
      }
      buildError(errType, token) {
        return new ExpressionError(errType, token);
      }
    };
  }
});

// node_modules/@actions/expressions/dist/completion.js
var init_completion = __esm({
  "node_modules/@actions/expressions/dist/completion.js"() {
    init_dictionary();
    init_evaluator();
    init_features();
    init_funcs();
    init_lexer();
    init_parser();
  }
});

// node_modules/@actions/expressions/dist/completion/descriptionDictionary.js
var init_descriptionDictionary = __esm({
  "node_modules/@actions/expressions/dist/completion/descriptionDictionary.js"() {
    init_dictionary();
    init_expressiondata();
  }
});

// node_modules/@actions/expressions/dist/index.js
var init_dist = __esm({
  "node_modules/@actions/expressions/dist/index.js"() {
    init_ast();
    init_completion();
    init_descriptionDictionary();
    init_data();
    init_errors();
    init_evaluator();
    init_features();
    init_funcs();
    init_lexer();
    init_parser();
  }
});

// node_modules/@actions/workflow-parser/dist/templates/allowed-context.js
function splitAllowedContext(allowedContext) {
  const FUNCTION_REGEXP = /^([a-zA-Z0-9_]+)\(([0-9]+),([0-9]+|MAX)\)$/;
  const namedContexts = [];
  const functions = [];
  if (allowedContext.length > 0) {
    for (const contextItem of allowedContext) {
      const match = contextItem.match(FUNCTION_REGEXP);
      if (match) {
        const functionName = match[1];
        const minParameters = Number.parseInt(match[2]);
        const maxParametersRaw = match[3];
        const maxParameters = maxParametersRaw === MAX_CONSTANT ? Number.MAX_SAFE_INTEGER : Number.parseInt(maxParametersRaw);
        functions.push({
          name: functionName,
          minArgs: minParameters,
          maxArgs: maxParameters
        });
      } else {
        namedContexts.push(contextItem);
      }
    }
  }
  return {
    namedContexts,
    functions
  };
}
var init_allowed_context = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/allowed-context.js"() {
    init_template_constants();
  }
});

// node_modules/@actions/workflow-parser/dist/templates/tokens/expression-token.js
var ExpressionToken;
var init_expression_token = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/tokens/expression-token.js"() {
    init_dist();
    init_allowed_context();
    init_scalar_token();
    ExpressionToken = class extends ScalarToken {
      constructor(type, file, range, directive, definitionInfo) {
        super(type, file, range, definitionInfo);
        this.directive = directive;
      }
      get isLiteral() {
        return false;
      }
      get isExpression() {
        return true;
      }
      static validateExpression(expression, allowedContext) {
        const { namedContexts, functions } = splitAllowedContext(allowedContext);
        const lexer = new Lexer(expression);
        const result = lexer.lex();
        const p = new Parser(result.tokens, namedContexts, functions);
        p.parse();
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/tokens/basic-expression-token.js
var BasicExpressionToken;
var init_basic_expression_token = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/tokens/basic-expression-token.js"() {
    init_template_constants();
    init_expression_token();
    init_scalar_token();
    init_types();
    BasicExpressionToken = class _BasicExpressionToken extends ExpressionToken {
      /**
       * @param file The file ID where this token originated
       * @param range The range of the entire expression including `${{` and `}}`
       * @param expression The expression string without `${{` and `}}` markers
       * @param definitionInfo Schema definition info for this token
       * @param originalExpressions If transformed from individual expressions (e.g., format()), these are the originals
       * @param source The original source string from the YAML
       * @param expressionRange The range of just the expression, excluding `${{` and `}}`
       * @param blockScalarHeader The block scalar header (e.g., "|", "|-") if parsed from a YAML block scalar
       */
      constructor(file, range, expression, definitionInfo, originalExpressions, source, expressionRange, blockScalarHeader) {
        super(TokenType.BasicExpression, file, range, void 0, definitionInfo);
        this.expr = expression;
        this.source = source;
        this.originalExpressions = originalExpressions;
        this.expressionRange = expressionRange;
        this.blockScalarHeader = blockScalarHeader;
      }
      get expression() {
        return this.expr;
      }
      clone(omitSource) {
        return omitSource ? new _BasicExpressionToken(void 0, void 0, this.expr, this.definitionInfo, this.originalExpressions, this.source, this.expressionRange, this.blockScalarHeader) : new _BasicExpressionToken(this.file, this.range, this.expr, this.definitionInfo, this.originalExpressions, this.source, this.expressionRange, this.blockScalarHeader);
      }
      toString() {
        return `${OPEN_EXPRESSION} ${this.expr} ${CLOSE_EXPRESSION}`;
      }
      toDisplayString() {
        return ScalarToken.trimDisplayString(this.toString());
      }
      toJSON() {
        return {
          type: TokenType.BasicExpression,
          expr: this.expr
        };
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/tokens/insert-expression-token.js
var InsertExpressionToken;
var init_insert_expression_token = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/tokens/insert-expression-token.js"() {
    init_tokens();
    init_template_constants();
    init_types();
    InsertExpressionToken = class _InsertExpressionToken extends ExpressionToken {
      constructor(file, range, definitionInfo) {
        super(TokenType.InsertExpression, file, range, INSERT_DIRECTIVE, definitionInfo);
      }
      clone(omitSource) {
        return omitSource ? new _InsertExpressionToken(void 0, void 0, this.definitionInfo) : new _InsertExpressionToken(this.file, this.range, this.definitionInfo);
      }
      toString() {
        return `${OPEN_EXPRESSION} ${INSERT_DIRECTIVE} ${CLOSE_EXPRESSION}`;
      }
      toDisplayString() {
        return ScalarToken.trimDisplayString(this.toString());
      }
      toJSON() {
        return {
          type: TokenType.InsertExpression,
          expr: "insert"
        };
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/tokens/index.js
var init_tokens = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/tokens/index.js"() {
    init_template_token();
    init_scalar_token();
    init_literal_token();
    init_string_token();
    init_number_token();
    init_boolean_token();
    init_null_token();
    init_key_value_pair();
    init_sequence_token();
    init_mapping_token();
    init_expression_token();
    init_basic_expression_token();
    init_insert_expression_token();
  }
});

// node_modules/@actions/workflow-parser/dist/templates/tokens/type-guards.js
function isLiteral(t) {
  return t.isLiteral;
}
function isScalar2(t) {
  return t.isScalar;
}
function isString(t) {
  return isLiteral(t) && t.templateTokenType === TokenType.String;
}
function isNumber(t) {
  return isLiteral(t) && t.templateTokenType === TokenType.Number;
}
function isBoolean(t) {
  return isLiteral(t) && t.templateTokenType === TokenType.Boolean;
}
function isBasicExpression(t) {
  return isScalar2(t) && t.templateTokenType === TokenType.BasicExpression;
}
function isSequence(t) {
  return t instanceof SequenceToken;
}
function isMapping(t) {
  return t instanceof MappingToken;
}
var init_type_guards = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/tokens/type-guards.js"() {
    init_mapping_token();
    init_sequence_token();
    init_types();
  }
});

// node_modules/@actions/workflow-parser/dist/templates/template-reader.js
function readTemplate(context, type, objectReader, fileId) {
  const reader = new TemplateReader(context, objectReader, fileId);
  let value;
  try {
    objectReader.validateStart();
    const definition = new DefinitionInfo(context.schema, type);
    value = reader.readValue(definition);
    objectReader.validateEnd();
  } catch (err) {
    context.error(fileId, err);
  }
  return value;
}
var WHITESPACE_PATTERN, backgroundStepProperties, backgroundStepOnlyProperties, TemplateReader;
var init_template_reader = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/template-reader.js"() {
    init_definition_info();
    init_definition_type();
    init_template_constants();
    init_tokens();
    init_type_guards();
    init_types();
    WHITESPACE_PATTERN = /\s/;
    backgroundStepProperties = /* @__PURE__ */ new Set(["background", "wait", "wait-all", "cancel"]);
    backgroundStepOnlyProperties = /* @__PURE__ */ new Set(["wait", "wait-all", "cancel"]);
    TemplateReader = class {
      constructor(context, objectReader, fileId) {
        this._context = context;
        this._schema = context.schema;
        this._objectReader = objectReader;
        this._fileId = fileId;
      }
      readValue(definition) {
        const literal2 = this._objectReader.allowLiteral();
        if (literal2) {
          let scalar = this.parseScalar(literal2, definition);
          scalar = this.validate(scalar, definition);
          return scalar;
        }
        const sequence = this._objectReader.allowSequenceStart();
        if (sequence) {
          const sequenceDefinition = definition.getDefinitionsOfType(DefinitionType.Sequence)[0];
          if (sequenceDefinition) {
            const itemDefinition = new DefinitionInfo(definition, sequenceDefinition.itemType);
            while (!this._objectReader.allowSequenceEnd()) {
              const item = this.readValue(itemDefinition);
              sequence.add(item);
            }
          } else {
            this._context.error(sequence, "A sequence was not expected");
            while (!this._objectReader.allowSequenceEnd()) {
              this.skipValue();
            }
          }
          sequence.definitionInfo = definition;
          return sequence;
        }
        const mapping = this._objectReader.allowMappingStart();
        if (mapping) {
          const mappingDefinitions = definition.getDefinitionsOfType(DefinitionType.Mapping);
          if (mappingDefinitions.length > 0) {
            if (mappingDefinitions.length > 1 || Object.keys(mappingDefinitions[0].properties).length > 0 || !mappingDefinitions[0].looseKeyType) {
              this.handleMappingWithWellKnownProperties(definition, mappingDefinitions, mapping);
            } else {
              const keyDefinition = new DefinitionInfo(definition, mappingDefinitions[0].looseKeyType);
              const valueDefinition = new DefinitionInfo(definition, mappingDefinitions[0].looseValueType);
              this.handleMappingWithAllLooseProperties(definition, keyDefinition, valueDefinition, mappingDefinitions[0], mapping);
            }
          } else {
            this._context.error(mapping, "A mapping was not expected");
            while (!this._objectReader.allowMappingEnd()) {
              this.skipValue();
              this.skipValue();
            }
          }
          if (!mapping.definitionInfo) {
            mapping.definitionInfo = definition;
          }
          return mapping;
        }
        throw new Error("Expected a scalar value, a sequence, or a mapping");
      }
      handleMappingWithWellKnownProperties(definition, mappingDefinitions, mapping) {
        let looseKeyType;
        let looseValueType;
        let looseKeyDefinition;
        let looseValueDefinition;
        if (mappingDefinitions[0].looseKeyType) {
          looseKeyType = mappingDefinitions[0].looseKeyType;
          looseValueType = mappingDefinitions[0].looseValueType;
        }
        const upperKeys = {};
        let hasExpressionKey = false;
        let rawLiteral;
        while (rawLiteral = this._objectReader.allowLiteral()) {
          const nextKeyScalar = this.parseScalar(rawLiteral, definition);
          if (nextKeyScalar.isExpression) {
            hasExpressionKey = true;
            if (definition.allowedContext.length > 0) {
              const anyDefinition = new DefinitionInfo(definition, ANY);
              mapping.add(nextKeyScalar, this.readValue(anyDefinition));
            } else {
              this._context.error(nextKeyScalar, "A template expression is not allowed in this context");
              this.skipValue();
            }
            continue;
          }
          const nextKey = nextKeyScalar.templateTokenType === TokenType.String ? nextKeyScalar : new StringToken(nextKeyScalar.file, nextKeyScalar.range, nextKeyScalar.toString(), nextKeyScalar.definitionInfo);
          if (nextKey.value) {
            const upperKey = nextKey.value.toUpperCase();
            if (upperKeys[upperKey]) {
              this._context.error(nextKey, `'${nextKey.value}' is already defined`);
              this.skipValue();
              continue;
            }
            upperKeys[upperKey] = true;
          }
          const nextPropertyDef = this._schema.matchPropertyAndFilter(mappingDefinitions, nextKey.value);
          if (nextPropertyDef) {
            if (!this.backgroundStepsEnabled() && backgroundStepProperties.has(nextKey.value)) {
              this._context.error(nextKey, `Unexpected value '${nextKey.value}'`);
              this.skipValue();
              continue;
            }
            const nextDefinition = new DefinitionInfo(definition, nextPropertyDef.type);
            nextKey.definitionInfo = nextDefinition;
            if (nextPropertyDef.description) {
              nextKey.description = nextPropertyDef.description;
            }
            const nextValue = this.readValue(nextDefinition);
            mapping.add(nextKey, nextValue);
            continue;
          }
          if (looseKeyType) {
            if (!looseKeyDefinition) {
              looseKeyDefinition = new DefinitionInfo(definition, looseKeyType);
              looseValueDefinition = new DefinitionInfo(definition, looseValueType);
            }
            this.validate(nextKey, looseKeyDefinition);
            const nextDefinition = new DefinitionInfo(definition, mappingDefinitions[0].looseValueType);
            nextKey.definitionInfo = nextDefinition;
            const nextValue = this.readValue(looseValueDefinition);
            mapping.add(nextKey, nextValue);
            continue;
          }
          this._context.error(nextKey, `Unexpected value '${nextKey.value}'`);
          this.skipValue();
        }
        if (mappingDefinitions.length === 1) {
          mapping.definitionInfo = new DefinitionInfo(definition, mappingDefinitions[0]);
        }
        if (mappingDefinitions.length > 1) {
          const hitCount = {};
          for (const mappingDefinition of mappingDefinitions) {
            for (const key of Object.keys(mappingDefinition.properties)) {
              hitCount[key] = (hitCount[key] ?? 0) + 1;
            }
          }
          const nonDuplicates = [];
          for (const key of Object.keys(hitCount)) {
            if (hitCount[key] === 1) {
              nonDuplicates.push(key);
            }
          }
          const properties = this.backgroundStepsEnabled() ? nonDuplicates : nonDuplicates.filter((property) => !backgroundStepOnlyProperties.has(property));
          this._context.error(mapping, `There's not enough info to determine what you meant. Add one of these properties: ${properties.sort().join(", ")}`);
        } else if (mappingDefinitions.length === 1 && !hasExpressionKey) {
          for (const propertyName of Object.keys(mappingDefinitions[0].properties)) {
            const propertyDef = mappingDefinitions[0].properties[propertyName];
            if (propertyDef.required && !upperKeys[propertyName.toUpperCase()]) {
              this._context.error(mapping, `Required property is missing: ${propertyName}`);
            }
          }
        }
        this.expectMappingEnd();
      }
      handleMappingWithAllLooseProperties(definition, keyDefinition, valueDefinition, mappingDefinition, mapping) {
        let nextValue;
        const upperKeys = {};
        let rawLiteral;
        while (rawLiteral = this._objectReader.allowLiteral()) {
          const nextKeyScalar = this.parseScalar(rawLiteral, definition);
          nextKeyScalar.definitionInfo = keyDefinition;
          if (nextKeyScalar.isExpression) {
            if (definition.allowedContext.length > 0) {
              nextValue = this.readValue(valueDefinition);
              mapping.add(nextKeyScalar, nextValue);
            } else {
              this._context.error(nextKeyScalar, "A template expression is not allowed in this context");
              this.skipValue();
            }
            continue;
          }
          const nextKey = nextKeyScalar.templateTokenType === TokenType.String ? nextKeyScalar : new StringToken(nextKeyScalar.file, nextKeyScalar.range, nextKeyScalar.toString(), nextKeyScalar.definitionInfo);
          if (nextKey.value) {
            const upperKey = nextKey.value.toUpperCase();
            if (upperKeys[upperKey]) {
              this._context.error(nextKey, `'${nextKey.value}' is already defined`);
              this.skipValue();
              continue;
            }
            upperKeys[upperKey] = true;
          }
          this.validate(nextKey, keyDefinition);
          const nextDefinition = new DefinitionInfo(definition, mappingDefinition.looseValueType);
          nextKey.definitionInfo = nextDefinition;
          nextValue = this.readValue(valueDefinition);
          mapping.add(nextKey, nextValue);
        }
        this.expectMappingEnd();
      }
      expectMappingEnd() {
        if (!this._objectReader.allowMappingEnd()) {
          throw new Error("Expected mapping end");
        }
      }
      skipValue() {
        if (this._objectReader.allowLiteral()) {
        } else if (this._objectReader.allowSequenceStart()) {
          while (!this._objectReader.allowSequenceEnd()) {
            this.skipValue();
          }
        } else if (this._objectReader.allowMappingStart()) {
          while (!this._objectReader.allowMappingEnd()) {
            this.skipValue();
            this.skipValue();
          }
        } else {
          throw new Error("Expected a scalar value, a sequence, or a mapping");
        }
      }
      validate(scalar, definition) {
        switch (scalar.templateTokenType) {
          case TokenType.Null:
          case TokenType.Boolean:
          case TokenType.Number:
          case TokenType.String: {
            const literal2 = scalar;
            const scalarDefinitions = definition.getScalarDefinitions();
            let relevantDefinition;
            if (relevantDefinition = scalarDefinitions.find((x) => x.isMatch(literal2))) {
              scalar.definitionInfo = new DefinitionInfo(definition, relevantDefinition);
              return scalar;
            }
            if (literal2.templateTokenType !== TokenType.String) {
              const stringLiteral = new StringToken(literal2.file, literal2.range, literal2.toString(), literal2.definitionInfo);
              if (relevantDefinition = scalarDefinitions.find((x) => x.isMatch(stringLiteral))) {
                stringLiteral.definitionInfo = new DefinitionInfo(definition, relevantDefinition);
                return stringLiteral;
              }
            }
            this._context.error(literal2, `Unexpected value '${literal2.toString()}'`);
            return scalar;
          }
          case TokenType.BasicExpression:
            if (definition.allowedContext.length === 0) {
              this._context.error(scalar, "A template expression is not allowed in this context");
            }
            return scalar;
          default:
            this._context.error(scalar, `Unexpected value '${scalar.toString()}'`);
            return scalar;
        }
      }
      parseScalar(token, definitionInfo) {
        if (!isString(token) || !token.value) {
          return token;
        }
        const allowedContext = definitionInfo.allowedContext;
        const isSingleLine = token.range === void 0 || token.range.start.line === token.range.end.line;
        const raw = isSingleLine ? token.value : token.source ?? token.value;
        let startExpression = raw.indexOf(OPEN_EXPRESSION);
        if (startExpression < 0) {
          return token;
        }
        let encounteredError = false;
        const segments = [];
        let i = 0;
        while (i < raw.length) {
          if (i === startExpression) {
            startExpression = i;
            let endExpression = -1;
            let inString = false;
            for (i += OPEN_EXPRESSION.length; i < raw.length; i++) {
              if (raw[i] === "'") {
                inString = !inString;
              } else if (!inString && raw[i] === "}" && raw[i - 1] === "}") {
                endExpression = i;
                i++;
                break;
              }
            }
            if (endExpression < startExpression) {
              this._context.error(token, "The expression is not closed. An unescaped ${{ sequence was found, but the closing }} sequence was not found.");
              return token;
            }
            const rawExpression = raw.substr(startExpression + OPEN_EXPRESSION.length, endExpression - startExpression + 1 - OPEN_EXPRESSION.length - CLOSE_EXPRESSION.length);
            let tr = token.range;
            if (isSingleLine) {
              const offset = (token.source ?? raw).indexOf(OPEN_EXPRESSION) - raw.indexOf(OPEN_EXPRESSION);
              tr = {
                start: { line: tr.start.line, column: tr.start.column + startExpression + offset },
                end: { line: tr.end.line, column: tr.start.column + endExpression + 1 + offset }
              };
            } else {
              const startRaw = raw.substring(0, startExpression);
              const adjustedStartLine = startRaw.split("\n").length;
              const beginningOfLine = startRaw.lastIndexOf("\n");
              const adjustedStart = startExpression - beginningOfLine;
              const adjustedEnd = endExpression - beginningOfLine + 1;
              tr = {
                start: { line: tr.start.line + adjustedStartLine, column: adjustedStart },
                end: { line: tr.start.line + adjustedStartLine, column: adjustedEnd }
              };
            }
            const expression = this.parseIntoExpressionToken(tr, rawExpression, allowedContext, token, definitionInfo);
            if (!expression) {
              encounteredError = true;
            } else {
              if (expression.directive && (startExpression !== 0 || i < raw.length)) {
                this._context.error(token, `The directive '${expression.directive}' is not allowed in this context. Directives are not supported for expressions that are embedded within a string. Directives are only supported when the entire value is an expression.`);
                return token;
              }
              segments.push(expression);
            }
            startExpression = raw.indexOf(OPEN_EXPRESSION, i);
          } else if (i < startExpression) {
            this.addString(segments, token.range, raw.substr(i, startExpression - i), token.definitionInfo);
            i = startExpression;
          } else {
            this.addString(segments, token.range, raw.substr(i), token.definitionInfo);
            break;
          }
        }
        if (encounteredError) {
          return token;
        }
        if (segments.length === 1 && segments[0].templateTokenType === TokenType.BasicExpression) {
          const basicExpression = segments[0];
          const str = this.getExpressionString(basicExpression.expression);
          if (str !== void 0) {
            return new StringToken(this._fileId, token.range, str, token.definitionInfo);
          }
        }
        if (segments.length === 1) {
          return segments[0];
        }
        const format2 = [];
        const args = [];
        const expressionTokens = [];
        let argIndex = 0;
        for (const segment of segments) {
          if (isString(segment)) {
            const text = segment.value.replace(/'/g, "''").replace(/\{/g, "{{").replace(/\}/g, "}}");
            format2.push(text);
          } else {
            format2.push(`{${argIndex}}`);
            argIndex++;
            const expression = segment;
            args.push(", ");
            args.push(expression.expression);
            expressionTokens.push(expression);
          }
        }
        return new BasicExpressionToken(this._fileId, token.range, `format('${format2.join("")}'${args.join("")})`, definitionInfo, expressionTokens, raw, void 0, token.blockScalarHeader);
      }
      parseIntoExpressionToken(tr, rawExpression, allowedContext, token, definitionInfo) {
        const parseExpressionResult = this.parseExpression(tr, token, rawExpression, allowedContext, definitionInfo);
        if (parseExpressionResult.error) {
          this._context.error(token, parseExpressionResult.error, tr);
          return void 0;
        }
        return parseExpressionResult.expression;
      }
      parseExpression(range, token, value, allowedContext, definitionInfo) {
        const trimmed = value.trim();
        if (!trimmed) {
          return {
            error: new Error("An expression was expected")
          };
        }
        const matchDirectiveResult = this.matchDirective(trimmed, INSERT_DIRECTIVE, 0);
        if (matchDirectiveResult.isMatch) {
          return {
            expression: new InsertExpressionToken(this._fileId, range, definitionInfo)
          };
        } else if (matchDirectiveResult.error) {
          return {
            error: matchDirectiveResult.error
          };
        }
        try {
          ExpressionToken.validateExpression(trimmed, allowedContext);
        } catch (err) {
          return {
            error: err
          };
        }
        const startTrim = value.length - value.trimStart().length;
        const endTrim = value.length - value.trimEnd().length;
        const expressionRange = {
          start: {
            ...range.start,
            column: range.start.column + OPEN_EXPRESSION.length + startTrim
          },
          end: {
            ...range.end,
            column: range.end.column - CLOSE_EXPRESSION.length - endTrim
          }
        };
        return {
          expression: new BasicExpressionToken(this._fileId, range, trimmed, definitionInfo, void 0, token.source, expressionRange, token.blockScalarHeader),
          error: void 0
        };
      }
      addString(segments, range, value, definition) {
        if (segments.length > 0 && segments[segments.length - 1].templateTokenType === TokenType.String) {
          const lastSegment = segments[segments.length - 1];
          segments[segments.length - 1] = new StringToken(this._fileId, range, `${lastSegment.value}${value}`, definition);
        } else {
          segments.push(new StringToken(this._fileId, range, value, definition));
        }
      }
      matchDirective(trimmed, directive, expectedParameters) {
        const parameters = [];
        if (trimmed.startsWith(directive) && (trimmed.length === directive.length || WHITESPACE_PATTERN.test(trimmed[directive.length]))) {
          let startIndex = directive.length;
          let inString = false;
          let parens = 0;
          for (let i = startIndex; i < trimmed.length; i++) {
            const c = trimmed[i];
            if (WHITESPACE_PATTERN.test(c) && !inString && parens == 0) {
              if (startIndex < 1) {
                parameters.push(trimmed.substr(startIndex, i - startIndex));
              }
              startIndex = i + 1;
            } else if (c === "'") {
              inString = !inString;
            } else if (c === "(" && !inString) {
              parens++;
            } else if (c === ")" && !inString) {
              parens--;
            }
          }
          if (startIndex < trimmed.length) {
            parameters.push(trimmed.substr(startIndex));
          }
          if (expectedParameters != parameters.length) {
            return {
              isMatch: false,
              parameters: [],
              error: new Error(`Exactly ${expectedParameters} parameter(s) were expected following the directive '${directive}'. Actual parameter count: ${parameters.length}`)
            };
          }
          return {
            isMatch: true,
            parameters
          };
        }
        return {
          isMatch: false,
          parameters
        };
      }
      getExpressionString(trimmed) {
        const result = [];
        let inString = false;
        for (let i = 0; i < trimmed.length; i++) {
          const c = trimmed[i];
          if (c === "'") {
            inString = !inString;
            if (inString && i !== 0) {
              result.push(c);
            }
          } else if (!inString) {
            return void 0;
          } else {
            result.push(c);
          }
        }
        return result.join("");
      }
      backgroundStepsEnabled() {
        return this._context.state.featureFlags?.isEnabled("allowBackgroundSteps") ?? false;
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/workflows/workflow-constants.js
var WORKFLOW_ROOT;
var init_workflow_constants = __esm({
  "node_modules/@actions/workflow-parser/dist/workflows/workflow-constants.js"() {
    WORKFLOW_ROOT = "workflow-root-strict";
  }
});

// node_modules/@actions/workflow-parser/dist/templates/parse-event.js
var ParseEvent, EventType;
var init_parse_event = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/parse-event.js"() {
    ParseEvent = class {
      constructor(type, token) {
        this.type = type;
        this.token = token;
      }
    };
    (function(EventType2) {
      EventType2[EventType2["Literal"] = 0] = "Literal";
      EventType2[EventType2["SequenceStart"] = 1] = "SequenceStart";
      EventType2[EventType2["SequenceEnd"] = 2] = "SequenceEnd";
      EventType2[EventType2["MappingStart"] = 3] = "MappingStart";
      EventType2[EventType2["MappingEnd"] = 4] = "MappingEnd";
      EventType2[EventType2["DocumentStart"] = 5] = "DocumentStart";
      EventType2[EventType2["DocumentEnd"] = 6] = "DocumentEnd";
    })(EventType || (EventType = {}));
  }
});

// node_modules/@actions/workflow-parser/dist/templates/json-object-reader.js
var JSONObjectReader;
var init_json_object_reader = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/json-object-reader.js"() {
    init_parse_event();
    init_tokens();
    JSONObjectReader = class {
      constructor(fileId, input) {
        this._fileId = fileId;
        const value = JSON.parse(input);
        this._generator = this.getParseEvents(value, true);
        this._current = this._generator.next();
      }
      allowLiteral() {
        if (!this._current.done) {
          const parseEvent = this._current.value;
          if (parseEvent.type === EventType.Literal) {
            this._current = this._generator.next();
            return parseEvent.token;
          }
        }
        return void 0;
      }
      allowSequenceStart() {
        if (!this._current.done) {
          const parseEvent = this._current.value;
          if (parseEvent.type === EventType.SequenceStart) {
            this._current = this._generator.next();
            return parseEvent.token;
          }
        }
        return void 0;
      }
      allowSequenceEnd() {
        if (!this._current.done) {
          const parseEvent = this._current.value;
          if (parseEvent.type === EventType.SequenceEnd) {
            this._current = this._generator.next();
            return true;
          }
        }
        return false;
      }
      allowMappingStart() {
        if (!this._current.done) {
          const parseEvent = this._current.value;
          if (parseEvent.type === EventType.MappingStart) {
            this._current = this._generator.next();
            return parseEvent.token;
          }
        }
        return void 0;
      }
      allowMappingEnd() {
        if (!this._current.done) {
          const parseEvent = this._current.value;
          if (parseEvent.type === EventType.MappingEnd) {
            this._current = this._generator.next();
            return true;
          }
        }
        return false;
      }
      validateEnd() {
        if (!this._current.done) {
          const parseEvent = this._current.value;
          if (parseEvent.type === EventType.DocumentEnd) {
            this._current = this._generator.next();
            return;
          }
        }
        throw new Error("Expected end of reader");
      }
      validateStart() {
        if (!this._current.done) {
          const parseEvent = this._current.value;
          if (parseEvent.type === EventType.DocumentStart) {
            this._current = this._generator.next();
            return;
          }
        }
        throw new Error("Expected start of reader");
      }
      /**
       * Returns all tokens (depth first)
       */
      *getParseEvents(value, root) {
        if (root) {
          yield new ParseEvent(EventType.DocumentStart, void 0);
        }
        switch (typeof value) {
          case "undefined":
            yield new ParseEvent(EventType.Literal, new NullToken(this._fileId, void 0, void 0));
            break;
          case "boolean":
            yield new ParseEvent(EventType.Literal, new BooleanToken(this._fileId, void 0, value, void 0));
            break;
          case "number":
            yield new ParseEvent(EventType.Literal, new NumberToken(this._fileId, void 0, value, void 0));
            break;
          case "string":
            yield new ParseEvent(EventType.Literal, new StringToken(this._fileId, void 0, value, void 0));
            break;
          case "object":
            if (value === null) {
              yield new ParseEvent(EventType.Literal, new NullToken(this._fileId, void 0, void 0));
            } else if (Array.isArray(value)) {
              yield new ParseEvent(EventType.SequenceStart, new SequenceToken(this._fileId, void 0, void 0));
              for (const item of value) {
                for (const e of this.getParseEvents(item)) {
                  yield e;
                }
              }
              yield new ParseEvent(EventType.SequenceEnd, void 0);
            } else {
              yield new ParseEvent(EventType.MappingStart, new MappingToken(this._fileId, void 0, void 0));
              for (const key of Object.keys(value)) {
                yield new ParseEvent(EventType.Literal, new StringToken(this._fileId, void 0, key, void 0));
                for (const e of this.getParseEvents(value[key])) {
                  yield e;
                }
              }
              yield new ParseEvent(EventType.MappingEnd, void 0);
            }
            break;
          default:
            throw new Error(`Unexpected value type '${typeof value}' when reading object`);
        }
        if (root) {
          yield new ParseEvent(EventType.DocumentEnd, void 0);
        }
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/trace-writer.js
var NoOperationTraceWriter;
var init_trace_writer = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/trace-writer.js"() {
    NoOperationTraceWriter = class {
      error() {
      }
      info() {
      }
      verbose() {
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/schema/definition.js
var Definition;
var init_definition = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/schema/definition.js"() {
    init_template_constants();
    Definition = class {
      constructor(key, definition) {
        this.readerContext = [];
        this.evaluatorContext = [];
        this.key = key;
        if (definition) {
          for (let i = 0; i < definition.count; ) {
            const definitionKey = definition.get(i).key.assertString(`${DEFINITION} key`);
            switch (definitionKey.value) {
              case CONTEXT: {
                const context = definition.get(i).value.assertSequence(`${DEFINITION} ${CONTEXT}`);
                definition.remove(i);
                const seenReaderContext = {};
                const seenEvaluatorContext = {};
                for (const item of context) {
                  const itemStr = item.assertString(`${CONTEXT} item`).value;
                  const upperItemStr = itemStr.toUpperCase();
                  if (seenReaderContext[upperItemStr]) {
                    throw new Error(`Duplicate context item '${itemStr}'`);
                  }
                  seenReaderContext[upperItemStr] = true;
                  this.readerContext.push(itemStr);
                  const paramIndex = itemStr.indexOf("(");
                  const modifiedItemStr = paramIndex > 0 ? itemStr.substr(0, paramIndex + 1) + ")" : itemStr;
                  const upperModifiedItemStr = modifiedItemStr.toUpperCase();
                  if (seenEvaluatorContext[upperModifiedItemStr]) {
                    throw new Error(`Duplicate context item '${modifiedItemStr}'`);
                  }
                  seenEvaluatorContext[upperModifiedItemStr] = true;
                  this.evaluatorContext.push(modifiedItemStr);
                }
                break;
              }
              case DESCRIPTION: {
                const value = definition.get(i).value;
                this.description = value.assertString(DESCRIPTION).value;
                definition.remove(i);
                break;
              }
              default: {
                i++;
                break;
              }
            }
          }
        }
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/schema/scalar-definition.js
var ScalarDefinition;
var init_scalar_definition = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/schema/scalar-definition.js"() {
    init_definition();
    ScalarDefinition = class extends Definition {
      constructor(key, definition) {
        super(key, definition);
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/schema/boolean-definition.js
var BooleanDefinition;
var init_boolean_definition = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/schema/boolean-definition.js"() {
    init_template_constants();
    init_types();
    init_definition_type();
    init_scalar_definition();
    BooleanDefinition = class extends ScalarDefinition {
      constructor(key, definition) {
        super(key, definition);
        if (definition) {
          for (const definitionPair of definition) {
            const definitionKey = definitionPair.key.assertString(`${DEFINITION} key`);
            switch (definitionKey.value) {
              case BOOLEAN: {
                const mapping = definitionPair.value.assertMapping(`${DEFINITION} ${BOOLEAN}`);
                for (const mappingPair of mapping) {
                  const mappingKey = mappingPair.key.assertString(`${DEFINITION} ${BOOLEAN} key`);
                  switch (mappingKey.value) {
                    default:
                      mappingKey.assertUnexpectedValue(`${DEFINITION} ${BOOLEAN} key`);
                      break;
                  }
                }
                break;
              }
              default:
                definitionKey.assertUnexpectedValue(`${DEFINITION} key`);
            }
          }
        }
      }
      get definitionType() {
        return DefinitionType.Boolean;
      }
      isMatch(literal2) {
        return literal2.templateTokenType === TokenType.Boolean;
      }
      validate() {
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/schema/property-definition.js
var PropertyDefinition;
var init_property_definition = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/schema/property-definition.js"() {
    init_template_constants();
    init_types();
    PropertyDefinition = class {
      constructor(token) {
        this.type = "";
        this.required = false;
        if (token.templateTokenType === TokenType.String) {
          this.type = token.value;
        } else {
          const mapping = token.assertMapping(MAPPING_PROPERTY_VALUE);
          for (const mappingPair of mapping) {
            const mappingKey = mappingPair.key.assertString(`${MAPPING_PROPERTY_VALUE} key`);
            switch (mappingKey.value) {
              case TYPE:
                this.type = mappingPair.value.assertString(`${MAPPING_PROPERTY_VALUE} ${TYPE}`).value;
                break;
              case REQUIRED:
                this.required = mappingPair.value.assertBoolean(`${MAPPING_PROPERTY_VALUE} ${REQUIRED}`).value;
                break;
              case DESCRIPTION:
                this.description = mappingPair.value.assertString(`${MAPPING_PROPERTY_VALUE} ${DESCRIPTION}`).value;
                break;
              default:
                mappingKey.assertUnexpectedValue(`${MAPPING_PROPERTY_VALUE} key`);
            }
          }
        }
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/schema/mapping-definition.js
var MappingDefinition;
var init_mapping_definition = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/schema/mapping-definition.js"() {
    init_template_constants();
    init_definition();
    init_definition_type();
    init_property_definition();
    MappingDefinition = class extends Definition {
      constructor(key, definition) {
        super(key, definition);
        this.properties = {};
        this.looseKeyType = "";
        this.looseValueType = "";
        if (definition) {
          for (const definitionPair of definition) {
            const definitionKey = definitionPair.key.assertString(`${DEFINITION} key`);
            switch (definitionKey.value) {
              case MAPPING: {
                const mapping = definitionPair.value.assertMapping(`${DEFINITION} ${MAPPING}`);
                for (const mappingPair of mapping) {
                  const mappingKey = mappingPair.key.assertString(`${DEFINITION} ${MAPPING} key`);
                  switch (mappingKey.value) {
                    case PROPERTIES: {
                      const properties = mappingPair.value.assertMapping(`${DEFINITION} ${MAPPING} ${PROPERTIES}`);
                      for (const propertiesPair of properties) {
                        const propertyName = propertiesPair.key.assertString(`${DEFINITION} ${MAPPING} ${PROPERTIES} key`);
                        this.properties[propertyName.value] = new PropertyDefinition(propertiesPair.value);
                      }
                      break;
                    }
                    case LOOSE_KEY_TYPE: {
                      const looseKeyType = mappingPair.value.assertString(`${DEFINITION} ${MAPPING} ${LOOSE_KEY_TYPE}`);
                      this.looseKeyType = looseKeyType.value;
                      break;
                    }
                    case LOOSE_VALUE_TYPE: {
                      const looseValueType = mappingPair.value.assertString(`${DEFINITION} ${MAPPING} ${LOOSE_VALUE_TYPE}`);
                      this.looseValueType = looseValueType.value;
                      break;
                    }
                    default:
                      mappingKey.assertUnexpectedValue(`${DEFINITION} ${MAPPING} key`);
                      break;
                  }
                }
                break;
              }
              default:
                definitionKey.assertUnexpectedValue(`${DEFINITION} key`);
            }
          }
        }
      }
      get definitionType() {
        return DefinitionType.Mapping;
      }
      validate(schema2, name2) {
        if (this.looseKeyType) {
          schema2.getDefinition(this.looseKeyType);
          if (this.looseValueType) {
            schema2.getDefinition(this.looseValueType);
          } else {
            throw new Error(`Property '${LOOSE_KEY_TYPE}' is defined but '${LOOSE_VALUE_TYPE}' is not defined on '${name2}'`);
          }
        } else if (this.looseValueType) {
          throw new Error(`Property '${LOOSE_VALUE_TYPE}' is defined but '${LOOSE_KEY_TYPE}' is not defined on '${name2}'`);
        }
        for (const propertyName of Object.keys(this.properties)) {
          const propertyDef = this.properties[propertyName];
          if (!propertyDef.type) {
            throw new Error(`Type not specified for the property '${propertyName}' on '${name2}'`);
          }
          schema2.getDefinition(propertyDef.type);
        }
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/schema/null-definition.js
var NullDefinition;
var init_null_definition = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/schema/null-definition.js"() {
    init_template_constants();
    init_definition_type();
    init_scalar_definition();
    init_types();
    NullDefinition = class extends ScalarDefinition {
      constructor(key, definition) {
        super(key, definition);
        if (definition) {
          for (const definitionPair of definition) {
            const definitionKey = definitionPair.key.assertString(`${DEFINITION} key`);
            switch (definitionKey.value) {
              case NULL: {
                const mapping = definitionPair.value.assertMapping(`${DEFINITION} ${NULL}`);
                for (const mappingPair of mapping) {
                  const mappingKey = mappingPair.key.assertString(`${DEFINITION} ${NULL} key`);
                  switch (mappingKey.value) {
                    default:
                      mappingKey.assertUnexpectedValue(`${DEFINITION} ${NULL} key`);
                      break;
                  }
                }
                break;
              }
              default:
                definitionKey.assertUnexpectedValue(`${DEFINITION} key`);
            }
          }
        }
      }
      get definitionType() {
        return DefinitionType.Null;
      }
      isMatch(literal2) {
        return literal2.templateTokenType === TokenType.Null;
      }
      validate() {
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/schema/number-definition.js
var NumberDefinition;
var init_number_definition = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/schema/number-definition.js"() {
    init_template_constants();
    init_definition_type();
    init_scalar_definition();
    init_types();
    NumberDefinition = class extends ScalarDefinition {
      constructor(key, definition) {
        super(key, definition);
        if (definition) {
          for (const definitionPair of definition) {
            const definitionKey = definitionPair.key.assertString(`${DEFINITION} key`);
            switch (definitionKey.value) {
              case NUMBER: {
                const mapping = definitionPair.value.assertMapping(`${DEFINITION} ${NUMBER}`);
                for (const mappingPair of mapping) {
                  const mappingKey = mappingPair.key.assertString(`${DEFINITION} ${NUMBER} key`);
                  switch (mappingKey.value) {
                    default:
                      mappingKey.assertUnexpectedValue(`${DEFINITION} ${NUMBER} key`);
                      break;
                  }
                }
                break;
              }
              default:
                definitionKey.assertUnexpectedValue(`${DEFINITION} key`);
            }
          }
        }
      }
      get definitionType() {
        return DefinitionType.Number;
      }
      isMatch(literal2) {
        return literal2.templateTokenType === TokenType.Number;
      }
      validate() {
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/schema/one-of-definition.js
var OneOfDefinition;
var init_one_of_definition = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/schema/one-of-definition.js"() {
    init_template_constants();
    init_definition();
    init_definition_type();
    OneOfDefinition = class extends Definition {
      constructor(key, definition) {
        super(key, definition);
        this.oneOf = [];
        this.oneOfPrefix = [];
        if (definition) {
          for (const definitionPair of definition) {
            const definitionKey = definitionPair.key.assertString(`${DEFINITION} key`);
            switch (definitionKey.value) {
              case ONE_OF: {
                const oneOf = definitionPair.value.assertSequence(`${DEFINITION} ${ONE_OF}`);
                for (const item of oneOf) {
                  const oneOfItem = item.assertString(`${DEFINITION} ${ONE_OF} item`);
                  this.oneOf.push(oneOfItem.value);
                }
                break;
              }
              case ALLOWED_VALUES: {
                const oneOf = definitionPair.value.assertSequence(`${DEFINITION} ${ALLOWED_VALUES}`);
                for (const item of oneOf) {
                  const oneOfItem = item.assertString(`${DEFINITION} ${ONE_OF} item`);
                  this.oneOf.push(this.key + "-" + oneOfItem.value);
                }
                break;
              }
              default:
                definitionKey.assertUnexpectedValue(`${DEFINITION} key`);
                break;
            }
          }
        }
      }
      get definitionType() {
        return DefinitionType.OneOf;
      }
      validate(schema2, name2) {
        if (this.oneOf.length === 0) {
          throw new Error(`'${name2}' does not contain any references`);
        }
        let foundLooseKeyType = false;
        const mappingDefinitions = [];
        let allowedValuesDefinition;
        let sequenceDefinition;
        let nullDefinition;
        let booleanDefinition;
        let numberDefinition;
        const stringDefinitions = [];
        const seenNestedTypes = {};
        for (const nestedType of this.oneOf) {
          if (seenNestedTypes[nestedType]) {
            throw new Error(`'${name2}' contains duplicate nested type '${nestedType}'`);
          }
          seenNestedTypes[nestedType] = true;
          const nestedDefinition = schema2.getDefinition(nestedType);
          if (nestedDefinition.readerContext.length > 0) {
            throw new Error(`'${name2}' is a one-of definition and references another definition that defines context. This is currently not supported.`);
          }
          switch (nestedDefinition.definitionType) {
            case DefinitionType.Mapping: {
              const mappingDefinition = nestedDefinition;
              mappingDefinitions.push(mappingDefinition);
              if (mappingDefinition.looseKeyType) {
                foundLooseKeyType = true;
              }
              break;
            }
            case DefinitionType.Sequence: {
              if (sequenceDefinition) {
                throw new Error(`'${name2}' refers to more than one definition of type '${SEQUENCE}'`);
              }
              sequenceDefinition = nestedDefinition;
              break;
            }
            case DefinitionType.Null: {
              if (nullDefinition) {
                throw new Error(`'${name2}' refers to more than one definition of type '${NULL}'`);
              }
              nullDefinition = nestedDefinition;
              break;
            }
            case DefinitionType.Boolean: {
              if (booleanDefinition) {
                throw new Error(`'${name2}' refers to more than one definition of type '${BOOLEAN}'`);
              }
              booleanDefinition = nestedDefinition;
              break;
            }
            case DefinitionType.Number: {
              if (numberDefinition) {
                throw new Error(`'${name2}' refers to more than one definition of type '${NUMBER}'`);
              }
              numberDefinition = nestedDefinition;
              break;
            }
            case DefinitionType.String: {
              const stringDefinition = nestedDefinition;
              if (stringDefinitions.length > 0 && (!stringDefinitions[0].constant || !stringDefinition.constant)) {
                throw new Error(`'${name2}' refers to more than one '${SCALAR}', but some do not set '${CONSTANT}'`);
              }
              stringDefinitions.push(stringDefinition);
              break;
            }
            case DefinitionType.OneOf: {
              if (allowedValuesDefinition) {
                throw new Error(`'${name2}' contains multiple allowed-values definitions`);
              }
              allowedValuesDefinition = nestedDefinition;
              break;
            }
            default:
              throw new Error(`'${name2}' refers to a definition with type '${nestedDefinition.definitionType}'`);
          }
        }
        if (mappingDefinitions.length > 1) {
          if (foundLooseKeyType) {
            throw new Error(`'${name2}' refers to two mappings and at least one sets '${LOOSE_KEY_TYPE}'. This is not currently supported.`);
          }
          const seenProperties = {};
          for (const mappingDefinition of mappingDefinitions) {
            for (const propertyName of Object.keys(mappingDefinition.properties)) {
              const newPropertyDef = mappingDefinition.properties[propertyName];
              const existingPropertyDef = seenProperties[propertyName];
              if (existingPropertyDef) {
                if (existingPropertyDef.type === newPropertyDef.type) {
                  continue;
                }
                throw new Error(`'${name2}' contains two mappings with the same property, but each refers to a different type. All matching properties must refer to the same type.`);
              } else {
                seenProperties[propertyName] = newPropertyDef;
              }
            }
          }
        }
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/schema/sequence-definition.js
var SequenceDefinition;
var init_sequence_definition = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/schema/sequence-definition.js"() {
    init_template_constants();
    init_definition();
    init_definition_type();
    SequenceDefinition = class extends Definition {
      constructor(key, definition) {
        super(key, definition);
        this.itemType = "";
        if (definition) {
          for (const definitionPair of definition) {
            const definitionKey = definitionPair.key.assertString(`${DEFINITION} key`);
            switch (definitionKey.value) {
              case SEQUENCE: {
                const mapping = definitionPair.value.assertMapping(`${DEFINITION} ${SEQUENCE}`);
                for (const mappingPair of mapping) {
                  const mappingKey = mappingPair.key.assertString(`${DEFINITION} ${SEQUENCE} key`);
                  switch (mappingKey.value) {
                    case ITEM_TYPE: {
                      const itemType = mappingPair.value.assertString(`${DEFINITION} ${SEQUENCE} ${ITEM_TYPE}`);
                      this.itemType = itemType.value;
                      break;
                    }
                    default:
                      mappingKey.assertUnexpectedValue(`${DEFINITION} ${SEQUENCE} key`);
                      break;
                  }
                }
                break;
              }
              default:
                definitionKey.assertUnexpectedValue(`${DEFINITION} key`);
            }
          }
        }
      }
      get definitionType() {
        return DefinitionType.Sequence;
      }
      validate(schema2, name2) {
        if (!this.itemType) {
          throw new Error(`'${name2}' does not defined '${ITEM_TYPE}'`);
        }
        schema2.getDefinition(this.itemType);
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/schema/string-definition.js
var StringDefinition;
var init_string_definition = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/schema/string-definition.js"() {
    init_template_constants();
    init_types();
    init_definition_type();
    init_scalar_definition();
    StringDefinition = class extends ScalarDefinition {
      constructor(key, definition) {
        super(key, definition);
        this.constant = "";
        this.ignoreCase = false;
        this.requireNonEmpty = false;
        this.isExpression = false;
        if (definition) {
          for (const definitionPair of definition) {
            const definitionKey = definitionPair.key.assertString(`${DEFINITION} key`);
            switch (definitionKey.value) {
              case STRING: {
                const mapping = definitionPair.value.assertMapping(`${DEFINITION} ${STRING}`);
                for (const mappingPair of mapping) {
                  const mappingKey = mappingPair.key.assertString(`${DEFINITION} ${STRING} key`);
                  switch (mappingKey.value) {
                    case CONSTANT: {
                      const constantStringToken = mappingPair.value.assertString(`${DEFINITION} ${STRING} ${CONSTANT}`);
                      this.constant = constantStringToken.value;
                      break;
                    }
                    case IGNORE_CASE: {
                      const ignoreCaseBooleanToken = mappingPair.value.assertBoolean(`${DEFINITION} ${STRING} ${IGNORE_CASE}`);
                      this.ignoreCase = ignoreCaseBooleanToken.value;
                      break;
                    }
                    case REQUIRE_NON_EMPTY: {
                      const requireNonEmptyBooleanToken = mappingPair.value.assertBoolean(`${DEFINITION} ${STRING} ${REQUIRE_NON_EMPTY}`);
                      this.requireNonEmpty = requireNonEmptyBooleanToken.value;
                      break;
                    }
                    case IS_EXPRESSION: {
                      const isExpressionToken = mappingPair.value.assertBoolean(`${DEFINITION} ${STRING} ${IS_EXPRESSION}`);
                      this.isExpression = isExpressionToken.value;
                      break;
                    }
                    default:
                      mappingKey.assertUnexpectedValue(`${DEFINITION} ${STRING} key`);
                      break;
                  }
                }
                break;
              }
              default:
                definitionKey.assertUnexpectedValue(`${DEFINITION} key`);
            }
          }
        }
      }
      get definitionType() {
        return DefinitionType.String;
      }
      isMatch(literal2) {
        if (literal2.templateTokenType === TokenType.String) {
          const value = literal2.value;
          if (this.constant) {
            return this.ignoreCase ? this.constant.toUpperCase() === value.toUpperCase() : this.constant === value;
          } else if (this.requireNonEmpty) {
            return !!value;
          } else {
            return true;
          }
        }
        return false;
      }
      validate() {
        if (this.constant && this.requireNonEmpty) {
          throw new Error(`Properties '${CONSTANT}' and '${REQUIRE_NON_EMPTY}' cannot both be set`);
        }
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/templates/schema/template-schema.js
var TemplateSchema;
var init_template_schema = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/schema/template-schema.js"() {
    init_types();
    init_template_constants();
    init_template_context();
    init_template_reader();
    init_tokens();
    init_trace_writer();
    init_boolean_definition();
    init_definition_type();
    init_mapping_definition();
    init_null_definition();
    init_number_definition();
    init_one_of_definition();
    init_property_definition();
    init_sequence_definition();
    init_string_definition();
    TemplateSchema = class _TemplateSchema {
      constructor(mapping) {
        this.definitions = {};
        this.version = "";
        this.definitions[NULL] = new NullDefinition(NULL);
        this.definitions[BOOLEAN] = new BooleanDefinition(BOOLEAN);
        this.definitions[NUMBER] = new NumberDefinition(NUMBER);
        this.definitions[STRING] = new StringDefinition(STRING);
        const sequenceDefinition = new SequenceDefinition(SEQUENCE);
        sequenceDefinition.itemType = ANY;
        this.definitions[sequenceDefinition.key] = sequenceDefinition;
        const mappingDefinition = new MappingDefinition(MAPPING);
        mappingDefinition.looseKeyType = STRING;
        mappingDefinition.looseValueType = ANY;
        this.definitions[mappingDefinition.key] = mappingDefinition;
        const anyDefinition = new OneOfDefinition(ANY);
        anyDefinition.oneOf.push(NULL);
        anyDefinition.oneOf.push(BOOLEAN);
        anyDefinition.oneOf.push(NUMBER);
        anyDefinition.oneOf.push(STRING);
        anyDefinition.oneOf.push(SEQUENCE);
        anyDefinition.oneOf.push(MAPPING);
        this.definitions[anyDefinition.key] = anyDefinition;
        if (mapping) {
          for (const pair2 of mapping) {
            const key = pair2.key.assertString(`${TEMPLATE_SCHEMA} key`);
            switch (key.value) {
              case VERSION: {
                this.version = pair2.value.assertString(`${TEMPLATE_SCHEMA} ${VERSION}`).value;
                break;
              }
              case DEFINITIONS: {
                const definitions = pair2.value.assertMapping(`${TEMPLATE_SCHEMA} ${DEFINITIONS}`);
                for (const definitionsPair of definitions) {
                  const definitionsKey = definitionsPair.key.assertString(`${TEMPLATE_SCHEMA} ${DEFINITIONS} key`);
                  const definitionsValue = definitionsPair.value.assertMapping(`${TEMPLATE_SCHEMA} ${DEFINITIONS} value`);
                  let definition;
                  for (const definitionPair of definitionsValue) {
                    const definitionKey = definitionPair.key.assertString(`${DEFINITION} key`);
                    const mappingToken = definitionsPair.value;
                    switch (definitionKey.value) {
                      case NULL:
                        definition = new NullDefinition(definitionsKey.value, definitionsValue);
                        break;
                      case BOOLEAN:
                        definition = new BooleanDefinition(definitionsKey.value, definitionsValue);
                        break;
                      case NUMBER:
                        definition = new NumberDefinition(definitionsKey.value, definitionsValue);
                        break;
                      case STRING:
                        definition = new StringDefinition(definitionsKey.value, definitionsValue);
                        break;
                      case SEQUENCE:
                        definition = new SequenceDefinition(definitionsKey.value, definitionsValue);
                        break;
                      case MAPPING:
                        definition = new MappingDefinition(definitionsKey.value, definitionsValue);
                        break;
                      case ONE_OF:
                        definition = new OneOfDefinition(definitionsKey.value, definitionsValue);
                        break;
                      case ALLOWED_VALUES:
                        for (const item of mappingToken) {
                          if (item.value.templateTokenType === TokenType.Sequence) {
                            const sequenceToken = item.value;
                            for (const activity of sequenceToken) {
                              if (activity.templateTokenType === TokenType.String) {
                                const stringToken = activity;
                                const allowedValuesKey = definitionsKey.value + "-" + stringToken.value;
                                const allowedValuesDef = new StringDefinition(allowedValuesKey);
                                allowedValuesDef.constant = stringToken.toDisplayString();
                                this.definitions[allowedValuesKey] = allowedValuesDef;
                              }
                            }
                          }
                        }
                        definition = new OneOfDefinition(definitionsKey.value, definitionsValue);
                        break;
                      case CONTEXT:
                      case DESCRIPTION:
                        continue;
                      default:
                        definitionKey.assertUnexpectedValue(`${DEFINITION} mapping key`);
                        break;
                    }
                    break;
                  }
                  if (!definition) {
                    throw new Error(`Not enough information to construct definition '${definitionsKey.value}'`);
                  }
                  this.definitions[definitionsKey.value] = definition;
                }
                break;
              }
              default:
                key.assertUnexpectedValue(`${TEMPLATE_SCHEMA} key`);
                break;
            }
          }
        }
      }
      /**
       * Looks up a definition by name
       */
      getDefinition(name2) {
        const result = this.definitions[name2];
        if (result) {
          return result;
        }
        throw new Error(`Schema definition '${name2}' not found`);
      }
      /**
       * Expands one-of definitions and returns all scalar definitions
       */
      getScalarDefinitions(definition) {
        const result = [];
        switch (definition.definitionType) {
          case DefinitionType.Null:
          case DefinitionType.Boolean:
          case DefinitionType.Number:
          case DefinitionType.String:
            result.push(definition);
            break;
          case DefinitionType.OneOf: {
            const oneOf = definition;
            for (const nestedName of oneOf.oneOf) {
              const nestedDefinition = this.getDefinition(nestedName);
              result.push(...this.getScalarDefinitions(nestedDefinition));
            }
            break;
          }
        }
        return result;
      }
      /**
       * Expands one-of definitions and returns all matching definitions by type
       */
      getDefinitionsOfType(definition, type) {
        const result = [];
        if (definition.definitionType === type) {
          result.push(definition);
        } else if (definition.definitionType === DefinitionType.OneOf) {
          const oneOf = definition;
          for (const nestedName of oneOf.oneOf) {
            const nestedDefinition = this.getDefinition(nestedName);
            if (nestedDefinition.definitionType === type) {
              result.push(nestedDefinition);
            }
          }
        }
        return result;
      }
      /**
       * Attempts match the property name to a property defined by any of the specified definitions.
       * If matched, any unmatching definitions are filtered from the definitions array.
       * Returns the type information for the matched property.
       */
      matchPropertyAndFilter(definitions, propertyName) {
        let result;
        let notFoundInSome = false;
        for (const definition of definitions) {
          const propertyDef = definition.properties[propertyName];
          if (propertyDef) {
            result = propertyDef;
          } else {
            notFoundInSome = true;
          }
        }
        if (result && notFoundInSome) {
          for (let i = 0; i < definitions.length; ) {
            if (definitions[i].properties[propertyName]) {
              i++;
            } else {
              definitions.splice(i, 1);
            }
          }
        }
        return result;
      }
      validate() {
        const oneOfDefinitions = {};
        for (const name2 of Object.keys(this.definitions)) {
          if (!name2.match(_TemplateSchema._definitionNamePattern)) {
            throw new Error(`Invalid definition name '${name2}'`);
          }
          const definition = this.definitions[name2];
          if (definition.definitionType === DefinitionType.OneOf) {
            oneOfDefinitions[name2] = definition;
          } else {
            definition.validate(this, name2);
          }
        }
        for (const name2 of Object.keys(oneOfDefinitions)) {
          const oneOf = oneOfDefinitions[name2];
          oneOf.validate(this, name2);
        }
      }
      /**
       * Loads a user-defined schema file
       */
      static load(objectReader) {
        const context = new TemplateContext(new TemplateValidationErrors(10, 500), _TemplateSchema.getInternalSchema(), new NoOperationTraceWriter());
        const template = readTemplate(context, TEMPLATE_SCHEMA, objectReader, void 0);
        context.errors.check();
        const mapping = template.assertMapping(TEMPLATE_SCHEMA);
        const schema2 = new _TemplateSchema(mapping);
        schema2.validate();
        return schema2;
      }
      /**
       * Gets the internal schema used for reading user-defined schema files
       */
      static getInternalSchema() {
        if (_TemplateSchema._internalSchema === void 0) {
          const schema2 = new _TemplateSchema();
          let mappingDefinition = new MappingDefinition(TEMPLATE_SCHEMA);
          mappingDefinition.properties[VERSION] = new PropertyDefinition(new StringToken(void 0, void 0, NON_EMPTY_STRING, void 0));
          mappingDefinition.properties[DEFINITIONS] = new PropertyDefinition(new StringToken(void 0, void 0, DEFINITIONS, void 0));
          schema2.definitions[mappingDefinition.key] = mappingDefinition;
          mappingDefinition = new MappingDefinition(DEFINITIONS);
          mappingDefinition.looseKeyType = NON_EMPTY_STRING;
          mappingDefinition.looseValueType = DEFINITION;
          schema2.definitions[mappingDefinition.key] = mappingDefinition;
          let oneOfDefinition = new OneOfDefinition(DEFINITION);
          oneOfDefinition.oneOf.push(NULL_DEFINITION);
          oneOfDefinition.oneOf.push(BOOLEAN_DEFINITION);
          oneOfDefinition.oneOf.push(NUMBER_DEFINITION);
          oneOfDefinition.oneOf.push(STRING_DEFINITION);
          oneOfDefinition.oneOf.push(SEQUENCE_DEFINITION);
          oneOfDefinition.oneOf.push(MAPPING_DEFINITION);
          oneOfDefinition.oneOf.push(ONE_OF_DEFINITION);
          schema2.definitions[oneOfDefinition.key] = oneOfDefinition;
          mappingDefinition = new MappingDefinition(NULL_DEFINITION);
          mappingDefinition.properties[DESCRIPTION] = new PropertyDefinition(new StringToken(void 0, void 0, STRING, void 0));
          mappingDefinition.properties[CONTEXT] = new PropertyDefinition(new StringToken(void 0, void 0, SEQUENCE_OF_NON_EMPTY_STRING, void 0));
          mappingDefinition.properties[NULL] = new PropertyDefinition(new StringToken(void 0, void 0, NULL_DEFINITION_PROPERTIES, void 0));
          schema2.definitions[mappingDefinition.key] = mappingDefinition;
          mappingDefinition = new MappingDefinition(NULL_DEFINITION_PROPERTIES);
          schema2.definitions[mappingDefinition.key] = mappingDefinition;
          mappingDefinition = new MappingDefinition(BOOLEAN_DEFINITION);
          mappingDefinition.properties[DESCRIPTION] = new PropertyDefinition(new StringToken(void 0, void 0, STRING, void 0));
          mappingDefinition.properties[CONTEXT] = new PropertyDefinition(new StringToken(void 0, void 0, SEQUENCE_OF_NON_EMPTY_STRING, void 0));
          mappingDefinition.properties[BOOLEAN] = new PropertyDefinition(new StringToken(void 0, void 0, BOOLEAN_DEFINITION_PROPERTIES, void 0));
          schema2.definitions[mappingDefinition.key] = mappingDefinition;
          mappingDefinition = new MappingDefinition(BOOLEAN_DEFINITION_PROPERTIES);
          schema2.definitions[mappingDefinition.key] = mappingDefinition;
          mappingDefinition = new MappingDefinition(NUMBER_DEFINITION);
          mappingDefinition.properties[DESCRIPTION] = new PropertyDefinition(new StringToken(void 0, void 0, STRING, void 0));
          mappingDefinition.properties[CONTEXT] = new PropertyDefinition(new StringToken(void 0, void 0, SEQUENCE_OF_NON_EMPTY_STRING, void 0));
          mappingDefinition.properties[NUMBER] = new PropertyDefinition(new StringToken(void 0, void 0, NUMBER_DEFINITION_PROPERTIES, void 0));
          schema2.definitions[mappingDefinition.key] = mappingDefinition;
          mappingDefinition = new MappingDefinition(NUMBER_DEFINITION_PROPERTIES);
          schema2.definitions[mappingDefinition.key] = mappingDefinition;
          mappingDefinition = new MappingDefinition(STRING_DEFINITION);
          mappingDefinition.properties[DESCRIPTION] = new PropertyDefinition(new StringToken(void 0, void 0, STRING, void 0));
          mappingDefinition.properties[CONTEXT] = new PropertyDefinition(new StringToken(void 0, void 0, SEQUENCE_OF_NON_EMPTY_STRING, void 0));
          mappingDefinition.properties[STRING] = new PropertyDefinition(new StringToken(void 0, void 0, STRING_DEFINITION_PROPERTIES, void 0));
          schema2.definitions[mappingDefinition.key] = mappingDefinition;
          mappingDefinition = new MappingDefinition(STRING_DEFINITION_PROPERTIES);
          mappingDefinition.properties[CONSTANT] = new PropertyDefinition(new StringToken(void 0, void 0, NON_EMPTY_STRING, void 0));
          mappingDefinition.properties[IGNORE_CASE] = new PropertyDefinition(new StringToken(void 0, void 0, BOOLEAN, void 0));
          mappingDefinition.properties[REQUIRE_NON_EMPTY] = new PropertyDefinition(new StringToken(void 0, void 0, BOOLEAN, void 0));
          mappingDefinition.properties[IS_EXPRESSION] = new PropertyDefinition(new StringToken(void 0, void 0, BOOLEAN, void 0));
          schema2.definitions[mappingDefinition.key] = mappingDefinition;
          mappingDefinition = new MappingDefinition(SEQUENCE_DEFINITION);
          mappingDefinition.properties[DESCRIPTION] = new PropertyDefinition(new StringToken(void 0, void 0, STRING, void 0));
          mappingDefinition.properties[CONTEXT] = new PropertyDefinition(new StringToken(void 0, void 0, SEQUENCE_OF_NON_EMPTY_STRING, void 0));
          mappingDefinition.properties[SEQUENCE] = new PropertyDefinition(new StringToken(void 0, void 0, SEQUENCE_DEFINITION_PROPERTIES, void 0));
          schema2.definitions[mappingDefinition.key] = mappingDefinition;
          mappingDefinition = new MappingDefinition(SEQUENCE_DEFINITION_PROPERTIES);
          mappingDefinition.properties[ITEM_TYPE] = new PropertyDefinition(new StringToken(void 0, void 0, NON_EMPTY_STRING, void 0));
          schema2.definitions[mappingDefinition.key] = mappingDefinition;
          mappingDefinition = new MappingDefinition(MAPPING_DEFINITION);
          mappingDefinition.properties[DESCRIPTION] = new PropertyDefinition(new StringToken(void 0, void 0, STRING, void 0));
          mappingDefinition.properties[CONTEXT] = new PropertyDefinition(new StringToken(void 0, void 0, SEQUENCE_OF_NON_EMPTY_STRING, void 0));
          mappingDefinition.properties[MAPPING] = new PropertyDefinition(new StringToken(void 0, void 0, MAPPING_DEFINITION_PROPERTIES, void 0));
          schema2.definitions[mappingDefinition.key] = mappingDefinition;
          mappingDefinition = new MappingDefinition(MAPPING_DEFINITION_PROPERTIES);
          mappingDefinition.properties[PROPERTIES] = new PropertyDefinition(new StringToken(void 0, void 0, PROPERTIES, void 0));
          mappingDefinition.properties[LOOSE_KEY_TYPE] = new PropertyDefinition(new StringToken(void 0, void 0, NON_EMPTY_STRING, void 0));
          mappingDefinition.properties[LOOSE_VALUE_TYPE] = new PropertyDefinition(new StringToken(void 0, void 0, NON_EMPTY_STRING, void 0));
          schema2.definitions[mappingDefinition.key] = mappingDefinition;
          mappingDefinition = new MappingDefinition(PROPERTIES);
          mappingDefinition.looseKeyType = NON_EMPTY_STRING;
          mappingDefinition.looseValueType = PROPERTY_VALUE;
          schema2.definitions[mappingDefinition.key] = mappingDefinition;
          oneOfDefinition = new OneOfDefinition(PROPERTY_VALUE);
          oneOfDefinition.oneOf.push(NON_EMPTY_STRING);
          oneOfDefinition.oneOf.push(MAPPING_PROPERTY_VALUE);
          schema2.definitions[oneOfDefinition.key] = oneOfDefinition;
          mappingDefinition = new MappingDefinition(MAPPING_PROPERTY_VALUE);
          mappingDefinition.properties[TYPE] = new PropertyDefinition(new StringToken(void 0, void 0, NON_EMPTY_STRING, void 0));
          mappingDefinition.properties[REQUIRED] = new PropertyDefinition(new StringToken(void 0, void 0, BOOLEAN, void 0));
          mappingDefinition.properties[DESCRIPTION] = new PropertyDefinition(new StringToken(void 0, void 0, STRING, void 0));
          schema2.definitions[mappingDefinition.key] = mappingDefinition;
          mappingDefinition = new MappingDefinition(ONE_OF_DEFINITION);
          mappingDefinition.properties[DESCRIPTION] = new PropertyDefinition(new StringToken(void 0, void 0, STRING, void 0));
          mappingDefinition.properties[CONTEXT] = new PropertyDefinition(new StringToken(void 0, void 0, SEQUENCE_OF_NON_EMPTY_STRING, void 0));
          mappingDefinition.properties[ONE_OF] = new PropertyDefinition(new StringToken(void 0, void 0, SEQUENCE_OF_NON_EMPTY_STRING, void 0));
          mappingDefinition.properties[ALLOWED_VALUES] = new PropertyDefinition(new StringToken(void 0, void 0, SEQUENCE_OF_NON_EMPTY_STRING, void 0));
          schema2.definitions[mappingDefinition.key] = mappingDefinition;
          const stringDefinition = new StringDefinition(NON_EMPTY_STRING);
          stringDefinition.requireNonEmpty = true;
          schema2.definitions[stringDefinition.key] = stringDefinition;
          const sequenceDefinition = new SequenceDefinition(SEQUENCE_OF_NON_EMPTY_STRING);
          sequenceDefinition.itemType = NON_EMPTY_STRING;
          schema2.definitions[sequenceDefinition.key] = sequenceDefinition;
          schema2.validate();
          _TemplateSchema._internalSchema = schema2;
        }
        return _TemplateSchema._internalSchema;
      }
    };
    TemplateSchema._definitionNamePattern = /^[a-zA-Z_][a-zA-Z0-9_-]*$/;
  }
});

// node_modules/@actions/workflow-parser/dist/templates/schema/index.js
var init_schema = __esm({
  "node_modules/@actions/workflow-parser/dist/templates/schema/index.js"() {
    init_template_schema();
  }
});

// node_modules/@actions/workflow-parser/dist/workflow-v1.0.min.json
var workflow_v1_0_min_default;
var init_workflow_v1_0_min = __esm({
  "node_modules/@actions/workflow-parser/dist/workflow-v1.0.min.json"() {
    workflow_v1_0_min_default = { version: "workflow-v1.0", definitions: { "workflow-root": { description: "A workflow file.", mapping: { properties: { on: "on", name: "workflow-name", description: "workflow-description", "run-name": "run-name", defaults: "workflow-defaults", env: "workflow-env", permissions: "permissions", concurrency: "workflow-concurrency", jobs: { type: "jobs", required: true } } } }, "workflow-root-strict": { description: "Workflow file with strict validation", mapping: { properties: { on: { type: "on-strict", required: true }, name: "workflow-name", description: "workflow-description", "run-name": "run-name", defaults: "workflow-defaults", env: "workflow-env", permissions: "permissions", concurrency: "workflow-concurrency", jobs: { type: "jobs", required: true } } } }, "workflow-name": { description: "The name of the workflow that GitHub displays on your repository's 'Actions' tab.\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#name)", string: {} }, "workflow-description": { description: "A description for your workflow or reusable workflow", string: {} }, "run-name": { context: ["github", "inputs", "vars"], string: {}, description: "The name for workflow runs generated from the workflow. GitHub displays the workflow run name in the list of workflow runs on your repository's 'Actions' tab.\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#run-name)" }, on: { description: "The GitHub event that triggers the workflow. Events can be a single string, array of events, array of event types, or an event configuration map that schedules a workflow or restricts the execution of a workflow to specific files, tags, or branch changes. View a full list of [events that trigger workflows](https://docs.github.com/actions/using-workflows/events-that-trigger-workflows).\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#on)", "one-of": ["string", "sequence", "on-mapping"] }, "on-mapping": { mapping: { properties: { workflow_call: "workflow-call" }, "loose-key-type": "non-empty-string", "loose-value-type": "any" } }, "on-strict": { description: "The GitHub event that triggers the workflow.  Events can be a single string, array of events, array of event types, or an event configuration map that schedules a workflow or restricts the execution of a workflow to specific files, tags, or branch changes. View a full list of [events that trigger workflows](https://docs.github.com/actions/using-workflows/events-that-trigger-workflows).\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#on)", "one-of": ["on-string-strict", "on-sequence-strict", "on-mapping-strict"] }, "on-mapping-strict": { description: "The GitHub event that triggers the workflow.  Events can be a single string, array of events, array of event types, or an event configuration map that schedules a workflow or restricts the execution of a workflow to specific files, tags, or branch changes. View a full list of [events that trigger workflows](https://docs.github.com/actions/using-workflows/events-that-trigger-workflows).\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#on)", mapping: { properties: { branch_protection_rule: "branch-protection-rule", check_run: "check-run", check_suite: "check-suite", create: "create", delete: "delete", deployment: "deployment", deployment_status: "deployment-status", discussion: "discussion", discussion_comment: "discussion-comment", fork: "fork", gollum: "gollum", image_version: "image-version", issue_comment: "issue-comment", issues: "issues", label: "label", merge_group: "merge-group", milestone: "milestone", page_build: "page-build", project: "project", project_card: "project-card", project_column: "project-column", public: "public", pull_request: "pull-request", pull_request_comment: "pull-request-comment", pull_request_review: "pull-request-review", pull_request_review_comment: "pull-request-review-comment", pull_request_target: "pull-request-target", push: "push", registry_package: "registry-package", release: "release", repository_dispatch: "repository-dispatch", schedule: "schedule", status: "status", watch: "watch", workflow_call: "workflow-call", workflow_dispatch: "workflow-dispatch", workflow_run: "workflow-run" } } }, "on-string-strict": { "one-of": ["branch-protection-rule-string", "check-run-string", "check-suite-string", "create-string", "delete-string", "deployment-string", "deployment-status-string", "discussion-string", "discussion-comment-string", "fork-string", "gollum-string", "image-version-string", "issue-comment-string", "issues-string", "label-string", "merge-group-string", "milestone-string", "page-build-string", "project-string", "project-card-string", "project-column-string", "public-string", "pull-request-string", "pull-request-comment-string", "pull-request-review-string", "pull-request-review-comment-string", "pull-request-target-string", "push-string", "registry-package-string", "release-string", "repository-dispatch-string", "schedule-string", "status-string", "watch-string", "workflow-call-string", "workflow-dispatch-string", "workflow-run-string"] }, "on-sequence-strict": { sequence: { "item-type": "on-string-strict" } }, "branch-protection-rule-string": { description: "Runs your workflow when branch protection rules in the workflow repository are changed.", string: { constant: "branch_protection_rule" } }, "branch-protection-rule": { description: "Runs your workflow when branch protection rules in the workflow repository are changed.", "one-of": ["null", "branch-protection-rule-mapping"] }, "branch-protection-rule-mapping": { mapping: { properties: { types: "branch-protection-rule-activity" } } }, "branch-protection-rule-activity": { description: "The types of branch protection rule activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`.", "one-of": ["branch-protection-rule-activity-type", "branch-protection-rule-activity-types"] }, "branch-protection-rule-activity-types": { sequence: { "item-type": "branch-protection-rule-activity-type" } }, "branch-protection-rule-activity-type": { "allowed-values": ["created", "edited", "deleted"] }, "check-run-string": { description: "Runs your workflow when activity related to a check run occurs. A check run is an individual test that is part of a check suite.", string: { constant: "check_run" } }, "check-run": { description: "Runs your workflow when activity related to a check run occurs. A check run is an individual test that is part of a check suite.", "one-of": ["null", "check-run-mapping"] }, "check-run-mapping": { mapping: { properties: { types: "check-run-activity" } } }, "check-run-activity": { description: "The types of check run activity that trigger the workflow. Supported activity types: `created`, `rerequested`, `completed`, `requested_action`.", "one-of": ["check-run-activity-type", "check-run-activity-types"] }, "check-run-activity-types": { sequence: { "item-type": "check-run-activity-type" } }, "check-run-activity-type": { "allowed-values": ["completed", "created", "rerequested", "requested_action"] }, "check-suite-string": { description: "Runs your workflow when check suite activity occurs. A check suite is a collection of the check runs created for a specific commit. Check suites summarize the status and conclusion of the check runs that are in the suite.", string: { constant: "check_suite" } }, "check-suite": { description: "Runs your workflow when check suite activity occurs. A check suite is a collection of the check runs created for a specific commit. Check suites summarize the status and conclusion of the check runs that are in the suite.", "one-of": ["null", "check-suite-mapping"] }, "check-suite-mapping": { mapping: { properties: { types: "check-suite-activity" } } }, "check-suite-activity": { description: "The types of check suite activity that trigger the workflow. Supported activity types: `completed`.", "one-of": ["check-suite-activity-type", "check-suite-activity-types"] }, "check-suite-activity-types": { sequence: { "item-type": "check-suite-activity-type" } }, "check-suite-activity-type": { "allowed-values": ["completed"] }, "create-string": { description: "Runs your workflow when someone creates a Git reference (Git branch or tag) in the workflow's repository.", string: { constant: "create" } }, create: { description: "Runs your workflow when someone creates a Git reference (Git branch or tag) in the workflow's repository.", null: {} }, "delete-string": { description: "Runs your workflow when someone deletes a Git reference (Git branch or tag) in the workflow's repository.", string: { constant: "delete" } }, delete: { description: "Runs your workflow when someone deletes a Git reference (Git branch or tag) in the workflow's repository.", null: {} }, "deployment-string": { description: "Runs your workflow when someone creates a deployment in the workflow's repository. Deployments created with a commit SHA may not have a Git ref.", string: { constant: "deployment" } }, deployment: { description: "Runs your workflow when someone creates a deployment in the workflow's repository. Deployments created with a commit SHA may not have a Git ref.", null: {} }, "deployment-status-string": { description: "Runs your workflow when a third party provides a deployment status. Deployments created with a commit SHA may not have a Git ref.", string: { constant: "deployment_status" } }, "deployment-status": { description: "Runs your workflow when a third party provides a deployment status. Deployments created with a commit SHA may not have a Git ref.", null: {} }, "discussion-string": { description: "Runs your workflow when a discussion in the workflow's repository is created or modified. For activity related to comments on a discussion, use the `discussion_comment` event.", string: { constant: "discussion" } }, discussion: { description: "Runs your workflow when a discussion in the workflow's repository is created or modified. For activity related to comments on a discussion, use the `discussion_comment` event.", "one-of": ["null", "discussion-mapping"] }, "discussion-mapping": { mapping: { properties: { types: "discussion-activity" } } }, "discussion-activity": { description: "The types of discussion activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`, `transferred`, `pinned`, `unpinned`, `labeled`, `unlabeled`, `locked`, `unlocked`, `category_changed`, `answered`, `unanswered`.", "one-of": ["discussion-activity-type", "discussion-activity-types"] }, "discussion-activity-types": { sequence: { "item-type": "discussion-activity-type" } }, "discussion-activity-type": { "allowed-values": ["created", "edited", "deleted", "transferred", "pinned", "unpinned", "labeled", "unlabeled", "locked", "unlocked", "category_changed", "answered", "unanswered"] }, "discussion-comment-string": { description: "Runs your workflow when a comment on a discussion in the workflow's repository is created or modified. For activity related to a discussion as opposed to comments on the discussion, use the `discussion` event.", string: { constant: "discussion_comment" } }, "discussion-comment": { description: "Runs your workflow when a comment on a discussion in the workflow's repository is created or modified. For activity related to a discussion as opposed to comments on the discussion, use the `discussion` event.", "one-of": ["null", "discussion-comment-mapping"] }, "discussion-comment-mapping": { mapping: { properties: { types: "discussion-comment-activity" } } }, "discussion-comment-activity": { description: "The types of discussion comment activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`.", "one-of": ["discussion-comment-activity-type", "discussion-comment-activity-types"] }, "discussion-comment-activity-types": { sequence: { "item-type": "discussion-comment-activity-type" } }, "discussion-comment-activity-type": { "allowed-values": ["created", "edited", "deleted"] }, "fork-string": { description: "Runs your workflow when someone forks a repository.", string: { constant: "fork" } }, fork: { description: "Runs your workflow when someone forks a repository.", null: {} }, "gollum-string": { description: "Runs your workflow when someone creates or updates a Wiki page.", string: { constant: "gollum" } }, gollum: { description: "Runs your workflow when someone creates or updates a Wiki page.", null: {} }, "image-version-string": { description: "Runs your workflow when an image version is created or changes state.", string: { constant: "image_version" } }, "image-version": { description: "Runs your workflow when an image version is created or changes state.", "one-of": ["null", "image-version-mapping"] }, "image-version-mapping": { mapping: { properties: { types: "image-version-activity", names: "event-names", versions: "event-versions" } } }, "image-version-activity": { description: "The types of image version activity that trigger the workflow. Supported activity types: `created`, `ready`, `deleted`.", "one-of": ["image-version-activity-type", "image-version-activity-types"] }, "image-version-activity-types": { sequence: { "item-type": "image-version-activity-type" } }, "image-version-activity-type": { "allowed-values": ["created", "ready", "deleted"] }, "issue-comment-string": { description: "Runs your workflow when an issue or pull request comment is created, edited, or deleted.", string: { constant: "issue_comment" } }, "issue-comment": { description: "Runs your workflow when an issue or pull request comment is created, edited, or deleted.", "one-of": ["null", "issue-comment-mapping"] }, "issue-comment-mapping": { mapping: { properties: { types: "issue-comment-activity" } } }, "issue-comment-activity": { description: "The types of issue comment activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`.", "one-of": ["issue-comment-activity-type", "issue-comment-activity-types"] }, "issue-comment-activity-types": { sequence: { "item-type": "issue-comment-activity-type" } }, "issue-comment-activity-type": { "allowed-values": ["created", "edited", "deleted"] }, "issues-string": { description: "Runs your workflow when an issue in the workflow's repository is created or modified. For activity related to comments in an issue, use the `issue_comment` event.", string: { constant: "issues" } }, issues: { description: "Runs your workflow when an issue in the workflow's repository is created or modified. For activity related to comments in an issue, use the `issue_comment` event.", "one-of": ["null", "issues-mapping"] }, "issues-mapping": { mapping: { properties: { types: "issues-activity" } } }, "issues-activity": { description: "The types of issue activity that trigger the workflow. Supported activity types: `opened`, `edited`, `deleted`, `transferred`, `pinned`, `unpinned`, `closed`, `reopened`, `assigned`, `unassigned`, `labeled`, `unlabeled`, `locked`, `unlocked`, `milestoned`, `demilestoned`, `field_added`, `field_removed`, `typed`, `untyped`.", "one-of": ["issues-activity-type", "issues-activity-types"] }, "issues-activity-types": { sequence: { "item-type": "issues-activity-type" } }, "issues-activity-type": { "allowed-values": ["opened", "edited", "deleted", "transferred", "pinned", "unpinned", "closed", "reopened", "assigned", "unassigned", "labeled", "unlabeled", "locked", "unlocked", "milestoned", "demilestoned", "field_added", "field_removed", "typed", "untyped"] }, "label-string": { description: "Runs your workflow when a label in your workflow's repository is created or modified.", string: { constant: "label" } }, label: { description: "Runs your workflow when a label in your workflow's repository is created or modified.", "one-of": ["null", "label-mapping"] }, "label-mapping": { mapping: { properties: { types: "label-activity" } } }, "label-activity": { description: "The types of label activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`.", "one-of": ["label-activity-type", "label-activity-types"] }, "label-activity-types": { sequence: { "item-type": "label-activity-type" } }, "label-activity-type": { "allowed-values": ["created", "edited", "deleted"] }, "merge-group-string": { description: "Runs your workflow when a pull request is added to a merge queue, which adds the pull request to a merge group.", string: { constant: "merge_group" } }, "merge-group": { description: "Runs your workflow when a pull request is added to a merge queue, which adds the pull request to a merge group.", "one-of": ["null", "merge-group-mapping"] }, "merge-group-mapping": { mapping: { properties: { types: "merge-group-activity", branches: "event-branches", "branches-ignore": "event-branches-ignore" } } }, "merge-group-activity": { description: "The types of merge group activity that trigger the workflow. Supported activity types: `checks_requested`.", "one-of": ["merge-group-activity-type", "merge-group-activity-types"] }, "merge-group-activity-types": { sequence: { "item-type": "merge-group-activity-type" } }, "merge-group-activity-type": { "allowed-values": ["checks_requested"] }, "milestone-string": { description: "Runs your workflow when a milestone in the workflow's repository is created or modified.", string: { constant: "milestone" } }, milestone: { description: "Runs your workflow when a milestone in the workflow's repository is created or modified.", "one-of": ["null", "milestone-mapping"] }, "milestone-mapping": { mapping: { properties: { types: "milestone-activity" } } }, "milestone-activity": { description: "The types of milestone activity that trigger the workflow. Supported activity types: `created`, `closed`, `opened`, `edited`, `deleted`.", "one-of": ["milestone-activity-type", "milestone-activity-types"] }, "milestone-activity-types": { sequence: { "item-type": "milestone-activity-type" } }, "milestone-activity-type": { "allowed-values": ["created", "closed", "opened", "edited", "deleted"] }, "page-build-string": { description: "Runs your workflow when someone pushes to a branch that is the publishing source for GitHub Pages, if GitHub Pages is enabled for the repository.", string: { constant: "page_build" } }, "page-build": { description: "Runs your workflow when someone pushes to a branch that is the publishing source for GitHub Pages, if GitHub Pages is enabled for the repository.", null: {} }, "project-string": { description: "Runs your workflow when a project board is created or modified. For activity related to cards or columns in a project board, use the `project_card` or `project_column` events instead.", string: { constant: "project" } }, project: { description: "Runs your workflow when a project board is created or modified. For activity related to cards or columns in a project board, use the `project_card` or `project_column` events instead.", "one-of": ["null", "project-mapping"] }, "project-mapping": { mapping: { properties: { types: "project-activity" } } }, "project-activity": { description: "The types of project activity that trigger the workflow. Supported activity types: `created`, `closed`, `reopened`, `edited`, `deleted`.", "one-of": ["project-activity-type", "project-activity-types"] }, "project-activity-types": { sequence: { "item-type": "project-activity-type" } }, "project-activity-type": { "allowed-values": ["created", "closed", "reopened", "edited", "deleted"] }, "project-card-string": { description: "Runs your workflow when a card on a project board is created or modified. For activity related to project boards or columns in a project board, use the `project` or `project_column` event instead.", string: { constant: "project_card" } }, "project-card": { description: "Runs your workflow when a card on a project board is created or modified. For activity related to project boards or columns in a project board, use the `project` or `project_column` event instead.", "one-of": ["null", "project-card-mapping"] }, "project-card-mapping": { mapping: { properties: { types: "project-card-activity" } } }, "project-card-activity": { description: "The types of project card activity that trigger the workflow. Supported activity types: `created`, `moved`, `converted`, `edited`, `deleted`.", "one-of": ["project-card-activity-type", "project-card-activity-types"] }, "project-card-activity-types": { sequence: { "item-type": "project-card-activity-type" } }, "project-card-activity-type": { "allowed-values": ["created", "moved", "converted", "edited", "deleted"] }, "project-column-string": { description: "Runs your workflow when a column on a project board is created or modified. For activity related to project boards or cards in a project board, use the `project` or `project_card` event instead.", string: { constant: "project_column" } }, "project-column": { description: "Runs your workflow when a column on a project board is created or modified. For activity related to project boards or cards in a project board, use the `project` or `project_card` event instead.", "one-of": ["null", "project-column-mapping"] }, "project-column-mapping": { mapping: { properties: { types: "project-column-activity" } } }, "project-column-activity": { description: "The types of project column activity that trigger the workflow. Supported activity types: `created`, `updated`, `moved`, `deleted`.", "one-of": ["project-column-activity-type", "project-column-activity-types"] }, "project-column-activity-types": { sequence: { "item-type": "project-column-activity-type" } }, "project-column-activity-type": { "allowed-values": ["created", "updated", "moved", "deleted"] }, "public-string": { description: "Runs your workflow when your workflow's repository changes from private to public.", string: { constant: "public" } }, public: { description: "Runs your workflow when your workflow's repository changes from private to public.", null: {} }, "pull-request-string": { description: "Runs your workflow when activity on a pull request in the workflow's repository occurs. If no activity types are specified, the workflow runs when a pull request is opened, reopened, or when the head branch of the pull request is updated.", string: { constant: "pull_request" } }, "pull-request": { description: "Runs your workflow when activity on a pull request in the workflow's repository occurs. If no activity types are specified, the workflow runs when a pull request is opened, reopened, or when the head branch of the pull request is updated.", "one-of": ["null", "pull-request-mapping"] }, "pull-request-mapping": { mapping: { properties: { types: "pull-request-activity", branches: "event-branches", "branches-ignore": "event-branches-ignore", paths: "event-paths", "paths-ignore": "event-paths-ignore" } } }, "pull-request-activity": { description: "The types of pull request activity that trigger the workflow. Supported activity types: `assigned`, `unassigned`, `labeled`, `unlabeled`, `opened`, `edited`, `closed`, `reopened`, `synchronize`, `converted_to_draft`, `locked`, `unlocked`, `enqueued`, `dequeued`, `milestoned`, `demilestoned`, `ready_for_review`, `review_requested`, `review_request_removed`, `auto_merge_enabled`, `auto_merge_disabled`, `stacked`.", "one-of": ["pull-request-activity-type", "pull-request-activity-types"] }, "pull-request-activity-types": { sequence: { "item-type": "pull-request-activity-type" } }, "pull-request-activity-type": { "allowed-values": ["assigned", "unassigned", "labeled", "unlabeled", "opened", "edited", "closed", "reopened", "synchronize", "converted_to_draft", "locked", "unlocked", "enqueued", "dequeued", "milestoned", "demilestoned", "ready_for_review", "review_requested", "review_request_removed", "auto_merge_enabled", "auto_merge_disabled", "stacked"] }, "pull-request-comment-string": { description: "Please use the `issue_comment` event instead.", string: { constant: "pull_request_comment" } }, "pull-request-comment": { description: "Please use the `issue_comment` event instead.", "one-of": ["null", "issue-comment-mapping"] }, "pull-request-review-string": { description: "Runs your workflow when a pull request review is submitted, edited, or dismissed. A pull request review is a group of pull request review comments in addition to a body comment and a state. For activity related to pull request review comments or pull request comments, use the `pull_request_review_comment` or `issue_comment` events instead.", string: { constant: "pull_request_review" } }, "pull-request-review": { description: "Runs your workflow when a pull request review is submitted, edited, or dismissed. A pull request review is a group of pull request review comments in addition to a body comment and a state. For activity related to pull request review comments or pull request comments, use the `pull_request_review_comment` or `issue_comment` events instead.", "one-of": ["null", "pull-request-review-mapping"] }, "pull-request-review-mapping": { mapping: { properties: { types: "pull-request-review-activity" } } }, "pull-request-review-activity": { description: "The types of pull request review activity that trigger the workflow. Supported activity types: `submitted`, `edited`, `dismissed`.", "one-of": ["pull-request-review-activity-type", "pull-request-review-activity-types"] }, "pull-request-review-activity-types": { sequence: { "item-type": "pull-request-review-activity-type" } }, "pull-request-review-activity-type": { "allowed-values": ["submitted", "edited", "dismissed"] }, "pull-request-review-comment-string": { description: "", string: { constant: "pull_request_review_comment" } }, "pull-request-review-comment": { description: "", "one-of": ["null", "pull-request-review-comment-mapping"] }, "pull-request-review-comment-mapping": { mapping: { properties: { types: "pull-request-review-comment-activity" } } }, "pull-request-review-comment-activity": { description: "The types of pull request review comment activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`.", "one-of": ["pull-request-review-comment-activity-type", "pull-request-review-comment-activity-types"] }, "pull-request-review-comment-activity-types": { sequence: { "item-type": "pull-request-review-comment-activity-type" } }, "pull-request-review-comment-activity-type": { "allowed-values": ["created", "edited", "deleted"] }, "pull-request-target-string": { description: "Runs your workflow when activity on a pull request in the workflow's repository occurs. If no activity types are specified, the workflow runs when a pull request is opened, reopened, or when the head branch of the pull request is updated.\n\nThis event runs in the context of the base of the pull request, rather than in the context of the merge commit, as the `pull_request` event does. This prevents execution of unsafe code from the head of the pull request that could alter your repository or steal any secrets you use in your workflow. This event allows your workflow to do things like label or comment on pull requests from forks. Avoid using this event if you need to build or run code from the pull request.", string: { constant: "pull_request_target" } }, "pull-request-target": { description: "Runs your workflow when activity on a pull request in the workflow's repository occurs. If no activity types are specified, the workflow runs when a pull request is opened, reopened, or when the head branch of the pull request is updated.\n\nThis event runs in the context of the base of the pull request, rather than in the context of the merge commit, as the `pull_request` event does. This prevents execution of unsafe code from the head of the pull request that could alter your repository or steal any secrets you use in your workflow. This event allows your workflow to do things like label or comment on pull requests from forks. Avoid using this event if you need to build or run code from the pull request.", "one-of": ["null", "pull-request-target-mapping"] }, "pull-request-target-mapping": { mapping: { properties: { types: "pull-request-target-activity", branches: "event-branches", "branches-ignore": "event-branches-ignore", paths: "event-paths", "paths-ignore": "event-paths-ignore" } } }, "pull-request-target-activity": { description: "The types of pull request activity that trigger the workflow. Supported activity types: `assigned`, `unassigned`, `labeled`, `unlabeled`, `opened`, `edited`, `closed`, `reopened`, `synchronize`, `converted_to_draft`, `locked`, `unlocked`, `enqueued`, `dequeued`, `milestoned`, `demilestoned`, `ready_for_review`, `review_requested`, `review_request_removed`, `auto_merge_enabled`, `auto_merge_disabled`, `stacked`.", "one-of": ["pull-request-target-activity-type", "pull-request-target-activity-types"] }, "pull-request-target-activity-types": { sequence: { "item-type": "pull-request-target-activity-type" } }, "pull-request-target-activity-type": { "allowed-values": ["assigned", "unassigned", "labeled", "unlabeled", "opened", "edited", "closed", "reopened", "synchronize", "converted_to_draft", "locked", "unlocked", "enqueued", "dequeued", "milestoned", "demilestoned", "ready_for_review", "review_requested", "review_request_removed", "auto_merge_enabled", "auto_merge_disabled", "stacked"] }, "push-string": { description: "Runs your workflow when you push a commit or tag.", string: { constant: "push" } }, push: { description: "Runs your workflow when you push a commit or tag.", "one-of": ["null", "push-mapping"] }, "push-mapping": { mapping: { properties: { branches: "event-branches", "branches-ignore": "event-branches-ignore", tags: "event-tags", "tags-ignore": "event-tags-ignore", paths: "event-paths", "paths-ignore": "event-paths-ignore" } } }, "registry-package-string": { description: "Runs your workflow when activity related to GitHub Packages occurs in your repository.", string: { constant: "registry_package" } }, "registry-package": { description: "Runs your workflow when activity related to GitHub Packages occurs in your repository.", "one-of": ["null", "registry-package-mapping"] }, "registry-package-mapping": { mapping: { properties: { types: "registry-package-activity" } } }, "registry-package-activity": { description: "The types of registry package activity that trigger the workflow. Supported activity types: `published`, `updated`.", "one-of": ["registry-package-activity-type", "registry-package-activity-types"] }, "registry-package-activity-types": { sequence: { "item-type": "registry-package-activity-type" } }, "registry-package-activity-type": { "allowed-values": ["published", "updated"] }, "release-string": { description: "Runs your workflow when release activity in your repository occurs.", string: { constant: "release" } }, release: { description: "Runs your workflow when release activity in your repository occurs.", "one-of": ["null", "release-mapping"] }, "release-mapping": { mapping: { properties: { types: "release-activity" } } }, "release-activity": { description: "The types of release activity that trigger the workflow. Supported activity types: `published`, `unpublished`, `created`, `edited`, `deleted`, `prereleased`, `released`.", "one-of": ["release-activity-type", "release-activity-types"] }, "release-activity-types": { sequence: { "item-type": "release-activity-type" } }, "release-activity-type": { "allowed-values": ["published", "unpublished", "created", "edited", "deleted", "prereleased", "released"] }, "schedule-string": { description: "The `schedule` event allows you to trigger a workflow at a scheduled time.\n\nYou can schedule a workflow to run at specific UTC times using POSIX cron syntax. Scheduled workflows run on the latest commit on the default or base branch. The shortest interval you can run scheduled workflows is once every 5 minutes. GitHub Actions does not support the non-standard syntax `@yearly`, `@monthly`, `@weekly`, `@daily`, `@hourly`, and `@reboot`.", string: { constant: "schedule" } }, schedule: { description: "The `schedule` event allows you to trigger a workflow at a scheduled time.\n\nYou can schedule a workflow to run at specific UTC times using POSIX cron syntax. Scheduled workflows run on the latest commit on the default or base branch. The shortest interval you can run scheduled workflows is once every 5 minutes. GitHub Actions does not support the non-standard syntax `@yearly`, `@monthly`, `@weekly`, `@daily`, `@hourly`, and `@reboot`.", sequence: { "item-type": "cron-mapping" } }, "status-string": { description: "Runs your workflow when the status of a Git commit changes. For example, commits can be marked as `error`, `failure`, `pending`, or `success`. If you want to provide more details about the status change, you may want to use the `check_run` event.", string: { constant: "status" } }, status: { description: "Runs your workflow when the status of a Git commit changes. For example, commits can be marked as `error`, `failure`, `pending`, or `success`. If you want to provide more details about the status change, you may want to use the `check_run` event.", null: {} }, "watch-string": { description: "Runs your workflow when the workflow's repository is starred.", string: { constant: "watch" } }, watch: { description: "Runs your workflow when the workflow's repository is starred.", "one-of": ["null", "watch-mapping"] }, "watch-mapping": { mapping: { properties: { types: "watch-activity" } } }, "watch-activity": { description: "The types of watch activity that trigger the workflow. Supported activity types: `started`.", "one-of": ["watch-activity-type", "watch-activity-types"] }, "watch-activity-types": { sequence: { "item-type": "watch-activity-type" } }, "watch-activity-type": { "allowed-values": ["started"] }, "workflow-run-string": { description: "This event occurs when a workflow run is requested or completed. It allows you to execute a workflow based on execution or completion of another workflow. The workflow started by the `workflow_run` event is able to access secrets and write tokens, even if the previous workflow was not. This is useful in cases where the previous workflow is intentionally not privileged, but you need to take a privileged action in a later workflow.", string: { constant: "workflow_run" } }, "workflow-run": { description: "This event occurs when a workflow run is requested or completed. It allows you to execute a workflow based on execution or completion of another workflow. The workflow started by the `workflow_run` event is able to access secrets and write tokens, even if the previous workflow was not. This is useful in cases where the previous workflow is intentionally not privileged, but you need to take a privileged action in a later workflow.", "one-of": ["null", "workflow-run-mapping"] }, "workflow-run-mapping": { mapping: { properties: { types: "workflow-run-activity", workflows: "workflow-run-workflows", branches: "event-branches", "branches-ignore": "event-branches-ignore" } } }, "workflow-run-workflows": { description: "The name of the workflow that triggers the `workflow_run` event. The workflow must be in the same repository as the workflow that uses the `workflow_run` event.", "one-of": ["non-empty-string", "sequence-of-non-empty-string"] }, "workflow-run-activity": { description: "The types of workflow run activity that trigger the workflow. Supported activity types: `completed`, `requested`, `in_progress`.", "one-of": ["workflow-run-activity-type", "workflow-run-activity-types"] }, "workflow-run-activity-types": { sequence: { "item-type": "workflow-run-activity-type" } }, "workflow-run-activity-type": { "allowed-values": ["requested", "completed", "in_progress"] }, "event-branches": { description: "Use the `branches` filter when you want to include branch name patterns or when you want to both include and exclude branch name patterns. You cannot use both the `branches` and `branches-ignore` filters for the same event in a workflow.", "one-of": ["non-empty-string", "sequence-of-non-empty-string"] }, "event-branches-ignore": { description: "Use the `branches-ignore` filter when you only want to exclude branch name patterns. You cannot use both the `branches` and `branches-ignore` filters for the same event in a workflow.", "one-of": ["non-empty-string", "sequence-of-non-empty-string"] }, "event-names": { description: "Use the `names` filter when you want to include names via patterns or when you want to both include and exclude names using patterns. ", "one-of": ["non-empty-string", "sequence-of-non-empty-string"] }, "event-tags": { description: "Use the `tags` filter when you want to include tag name patterns or when you want to both include and exclude tag names patterns. You cannot use both the `tags` and `tags-ignore` filters for the same event in a workflow.", "one-of": ["non-empty-string", "sequence-of-non-empty-string"] }, "event-tags-ignore": { description: "Use the `tags-ignore` filter when you only want to exclude tag name patterns. You cannot use both the `tags` and `tags-ignore` filters for the same event in a workflow.", "one-of": ["non-empty-string", "sequence-of-non-empty-string"] }, "event-paths": { description: "Use the `paths` filter when you want to include file path patterns or when you want to both include and exclude file path patterns. You cannot use both the `paths` and `paths-ignore` filters for the same event in a workflow.", "one-of": ["non-empty-string", "sequence-of-non-empty-string"] }, "event-paths-ignore": { description: "Use the `paths-ignore` filter when you only want to exclude file path patterns. You cannot use both the `paths` and `paths-ignore` filters for the same event in a workflow.", "one-of": ["non-empty-string", "sequence-of-non-empty-string"] }, "event-versions": { description: "Use the `versions` filter when you want to include versions via patterns or when you want to both include and exclude versions using patterns. ", "one-of": ["non-empty-string", "sequence-of-non-empty-string"] }, "repository-dispatch-string": { description: "You can use the GitHub API to trigger a webhook event called `repository_dispatch` when you want to trigger a workflow for activity that happens outside of GitHub.", string: { constant: "branch_protection_rule" } }, "repository-dispatch": { description: "You can use the GitHub API to trigger a webhook event called `repository_dispatch` when you want to trigger a workflow for activity that happens outside of GitHub.", "one-of": ["null", "repository-dispatch-mapping"] }, "repository-dispatch-mapping": { mapping: { properties: { types: "sequence-of-non-empty-string" } } }, "workflow-call-string": { description: "The `workflow_call` event is used to indicate that a workflow can be called by another workflow. When a workflow is triggered with the `workflow_call` event, the event payload in the called workflow is the same event payload from the calling workflow.", string: { constant: "workflow_call" } }, "workflow-call": { description: "The `workflow_call` event is used to indicate that a workflow can be called by another workflow. When a workflow is triggered with the `workflow_call` event, the event payload in the called workflow is the same event payload from the calling workflow.", "one-of": ["null", "workflow-call-mapping"] }, "workflow-call-mapping": { mapping: { properties: { inputs: "workflow-call-inputs", secrets: "workflow-call-secrets", outputs: "workflow-call-outputs" } } }, "workflow-call-inputs": { description: "Inputs that are passed to the called workflow from the caller workflow.", mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "workflow-call-input-definition" } }, "workflow-call-input-definition": { mapping: { properties: { description: { type: "string", description: "A string description of the input parameter." }, type: { type: "workflow-call-input-type", required: true }, required: { type: "boolean", description: "A boolean to indicate whether the action requires the input parameter. Set to `true` when the parameter is required." }, default: "workflow-call-input-default" } } }, "workflow-call-input-type": { description: "Required if input is defined for the `on.workflow_call` keyword. The value of this parameter is a string specifying the data type of the input. This must be one of: `boolean`, `number`, or `string`.", "one-of": ["input-type-string", "input-type-boolean", "input-type-number"] }, "input-type-string": { string: { constant: "string" } }, "input-type-boolean": { string: { constant: "boolean" } }, "input-type-number": { string: { constant: "number" } }, "input-type-choice": { string: { constant: "choice" } }, "input-type-environment": { string: { constant: "environment" } }, "workflow-call-input-default": { description: 'If a `default` parameter is not set, the default value of the input is `false` for boolean, `0` for a number, and `""` for a string.', context: ["github", "inputs", "vars"], "one-of": ["string", "boolean", "number"] }, "workflow-call-secrets": { description: "A map of the secrets that can be used in the called workflow. Within the called workflow, you can use the `secrets` context to refer to a secret.", mapping: { "loose-key-type": "workflow-call-secret-name", "loose-value-type": "workflow-call-secret-definition" } }, "workflow-call-secret-name": { string: { "require-non-empty": true }, description: "A string identifier to associate with the secret." }, "workflow-call-secret-definition": { "one-of": ["null", "workflow-call-secret-mapping-definition"] }, "workflow-call-secret-mapping-definition": { mapping: { properties: { description: { type: "string", description: "A string description of the secret parameter." }, required: { type: "boolean", description: "A boolean specifying whether the secret must be supplied." } } } }, "workflow-call-outputs": { description: "A reusable workflow may generate data that you want to use in the caller workflow. To use these outputs, you must specify them as the outputs of the reusable workflow.", mapping: { "loose-key-type": "workflow-call-output-name", "loose-value-type": "workflow-call-output-definition" } }, "workflow-call-output-name": { string: { "require-non-empty": true }, description: "A string identifier to associate with the output. The value of `<output_id>` is a map of the input's metadata. The `<output_id>` must be a unique identifier within the outputs object and must start with a letter or _ and contain only alphanumeric characters, -, or _." }, "workflow-call-output-definition": { mapping: { properties: { description: { type: "string", description: "A string description of the output parameter." }, value: { type: "workflow-output-context", required: true } } } }, "workflow-output-context": { description: "The value to assign to the output parameter.", context: ["github", "inputs", "vars", "jobs"], string: {} }, "workflow-dispatch-string": { description: "The `workflow_dispatch` event allows you to manually trigger a workflow run. A workflow can be manually triggered using the GitHub API, GitHub CLI, or GitHub browser interface.", string: { constant: "workflow_dispatch" } }, "workflow-dispatch": { description: "The `workflow_dispatch` event allows you to manually trigger a workflow run. A workflow can be manually triggered using the GitHub API, GitHub CLI, or GitHub browser interface.", "one-of": ["null", "workflow-dispatch-mapping"] }, "workflow-dispatch-mapping": { mapping: { properties: { inputs: "workflow-dispatch-inputs" } } }, "workflow-dispatch-inputs": { description: "You can configure custom-defined input properties, default input values, and required inputs for the event directly in your workflow. When you trigger the event, you can provide the `ref` and any `inputs`. When the workflow runs, you can access the input values in the `inputs` context.", mapping: { "loose-key-type": "workflow-dispatch-input-name", "loose-value-type": "workflow-dispatch-input" } }, "workflow-dispatch-input-name": { string: { "require-non-empty": true }, description: "A string identifier to associate with the input. The value of <input_id> is a map of the input's metadata. The <input_id> must be a unique identifier within the inputs object. The <input_id> must start with a letter or _ and contain only alphanumeric characters, -, or _." }, "workflow-dispatch-input": { mapping: { properties: { description: { type: "string", description: "A string description of the input parameter." }, type: { type: "workflow-dispatch-input-type" }, required: { type: "boolean", description: "A boolean to indicate whether the workflow requires the input parameter. Set to true when the parameter is required." }, default: "workflow-dispatch-input-default", options: { type: "sequence-of-string", description: "The options of the dropdown list, if the type is a choice." } } } }, "workflow-dispatch-input-type": { description: "A string representing the type of the input. This must be one of: `boolean`, `number`, `string`, `choice`, or `environment`.", "one-of": ["input-type-string", "input-type-boolean", "input-type-number", "input-type-environment", "input-type-choice"] }, "workflow-dispatch-input-default": { description: "The default value is used when an input parameter isn't specified in a workflow file.", "one-of": ["string", "boolean", "number"] }, permissions: { description: "You can use `permissions` to modify the default permissions granted to the `GITHUB_TOKEN`, adding or removing access as required, so that you only allow the minimum required access.\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#permissions)", "one-of": ["permissions-mapping", "permission-level-shorthand-read-all", "permission-level-shorthand-write-all"] }, "permissions-mapping": { mapping: { properties: { actions: { type: "permission-level-any", description: "Actions workflows, workflow runs, and artifacts." }, "artifact-metadata": { type: "permission-level-any", description: "Storage and deployment records for build artifacts." }, attestations: { type: "permission-level-any", description: "Artifact attestations." }, checks: { type: "permission-level-any", description: "Check runs and check suites." }, "code-quality": { type: "permission-level-any", description: "Code quality data." }, contents: { type: "permission-level-any", description: "Repository contents, commits, branches, downloads, releases, and merges." }, "copilot-requests": { type: "permission-level-write-or-no-access", description: "GitHub Copilot requests." }, deployments: { type: "permission-level-any", description: "Deployments and deployment statuses." }, discussions: { type: "permission-level-any", description: "Discussions and related comments and labels." }, drives: { type: "permission-level-any", description: "GitHub Drives persistent workspace storage. Use `read` for checkout and `write` to commit changes." }, "id-token": { type: "permission-level-write-or-no-access", description: "Token to request an OpenID Connect token." }, issues: { type: "permission-level-any", description: "Issues and related comments, assignees, labels, and milestones." }, models: { type: "permission-level-read-or-no-access", description: "Call AI models with GitHub Models." }, packages: { type: "permission-level-any", description: "Packages published to the GitHub Package Platform." }, pages: { type: "permission-level-any", description: "Retrieve Pages statuses, configuration, and builds, as well as create new builds." }, "pull-requests": { type: "permission-level-any", description: "Pull requests and related comments, assignees, labels, milestones, and merges." }, "repository-projects": { type: "permission-level-any", description: "Classic projects within a repository." }, "security-events": { type: "permission-level-any", description: "Code scanning alerts." }, statuses: { type: "permission-level-any", description: "Commit statuses." }, "vulnerability-alerts": { type: "permission-level-read-or-no-access", description: "Dependabot alerts." } } } }, "permission-level-any": { description: "The permission level for the `GITHUB_TOKEN`.", "one-of": ["permission-level-read", "permission-level-write", "permission-level-no-access"] }, "permission-level-read-or-no-access": { "one-of": ["permission-level-read", "permission-level-no-access"] }, "permission-level-write-or-no-access": { "one-of": ["permission-level-write", "permission-level-no-access"] }, "permission-level-read": { description: "The permission level for the `GITHUB_TOKEN`. Grants `read` permission for the specified scope.", string: { constant: "read" } }, "permission-level-write": { description: "The permission level for the `GITHUB_TOKEN`. Grants `write` permission for the specified scope.", string: { constant: "write" } }, "permission-level-no-access": { description: "The permission level for the `GITHUB_TOKEN`. Restricts all access for the specified scope.", string: { constant: "none" } }, "permission-level-shorthand-read-all": { description: "The permission level for the `GITHUB_TOKEN`. Grants `read` access for all scopes.", string: { constant: "read-all" } }, "permission-level-shorthand-write-all": { description: "The permission level for the `GITHUB_TOKEN`. Grants `write` access for all scopes.", string: { constant: "write-all" } }, "workflow-defaults": { description: "Use `defaults` to create a map of default settings that will apply to all jobs in the workflow. You can also set default settings that are only available to a job.\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#defaults)", mapping: { properties: { run: "workflow-defaults-run" } } }, "workflow-defaults-run": { mapping: { properties: { shell: "shell", "working-directory": "working-directory" } } }, "workflow-env": { description: "A map of environment variables that are available to the steps of all jobs in the workflow. You can also set environment variables that are only available to the steps of a single job or to a single step.\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#env)", context: ["github", "inputs", "vars", "secrets"], mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "string" } }, jobs: { description: "A workflow run is made up of one or more `jobs`, which run in parallel by default. To run jobs sequentially, you can define dependencies on other jobs using the `jobs.<job_id>.needs` keyword. Each job runs in a runner environment specified by `runs-on`.\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#jobs)", mapping: { "loose-key-type": "job-id", "loose-value-type": "job" } }, "job-id": { string: { "require-non-empty": true }, description: "A unique identifier for the job. The identifier must start with a letter or _ and contain only alphanumeric characters, -, or _." }, job: { description: "Each job must have an id to associate with the job. The key `job_id` is a string and its value is a map of the job's configuration data. You must replace `<job_id>` with a string that is unique to the jobs object. The `<job_id>` must start with a letter or _ and contain only alphanumeric characters, -, or _.", "one-of": ["job-factory", "workflow-job"] }, "job-factory": { mapping: { properties: { needs: "needs", if: "job-if", strategy: "strategy", name: { type: "string-strategy-context", description: "The name of the job displayed on GitHub." }, "runs-on": { type: "runs-on", required: true }, "timeout-minutes": { type: "number-strategy-context", description: "The maximum number of minutes to let a workflow run before GitHub automatically cancels it. Default: 360" }, "cancel-timeout-minutes": "number-strategy-context", "continue-on-error": { type: "boolean-strategy-context", description: "Prevents a workflow run from failing when a job fails. Set to true to allow a workflow run to pass when this job fails." }, container: "container", services: "services", env: "job-env", environment: "job-environment", permissions: "permissions", concurrency: "job-concurrency", outputs: "job-outputs", defaults: "job-defaults", steps: "steps", snapshot: "snapshot" } } }, "workflow-job": { mapping: { properties: { name: { type: "string-strategy-context", description: "The name of the job displayed on GitHub." }, uses: { description: "The location and version of a reusable workflow file to run as a job. Use one of the following formats:\n\n* `{owner}/{repo}/.github/workflows/{filename}@{ref}` for reusable workflows in public and private repositories.\n* `./.github/workflows/{filename}` for reusable workflows in the same repository.\n\n{ref} can be a SHA, a release tag, or a branch name. Using the commit SHA is the safest for stability and security.", type: "non-empty-string", required: true }, with: "workflow-job-with", secrets: "workflow-job-secrets", needs: "needs", if: "job-if", permissions: "permissions", concurrency: "job-concurrency", strategy: "strategy" } } }, "workflow-job-with": { description: "When a job is used to call a reusable workflow, you can use `with` to provide a map of inputs that are passed to the called workflow.\n\nAny inputs that you pass must match the input specifications defined in the called workflow.", mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "scalar-needs-context" } }, "workflow-job-secrets": { description: "When a job is used to call a reusable workflow, you can use `secrets` to provide a map of secrets that are passed to the called workflow.\n\nAny secrets that you pass must match the names defined in the called workflow.", "one-of": ["workflow-job-secrets-mapping", "workflow-job-secrets-inherit"] }, "workflow-job-secrets-mapping": { mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "scalar-needs-context-with-secrets" } }, "workflow-job-secrets-inherit": { string: { constant: "inherit" } }, needs: { description: "Use `needs` to identify any jobs that must complete successfully before this job will run. It can be a string or array of strings. If a job fails, all jobs that need it are skipped unless the jobs use a conditional expression that causes the job to continue. If a run contains a series of jobs that need each other, a failure applies to all jobs in the dependency chain from the point of failure onwards.", "one-of": ["sequence-of-non-empty-string", "non-empty-string"] }, "job-if": { description: "You can use the `if` conditional to prevent a job from running unless a condition is met. You can use any supported context and expression to create a conditional.", context: ["github", "inputs", "vars", "needs", "always(0,0)", "failure(0,MAX)", "cancelled(0,0)", "success(0,MAX)"], string: {} }, "job-if-result": { context: ["github", "inputs", "vars", "needs", "always(0,0)", "failure(0,MAX)", "cancelled(0,0)", "success(0,MAX)"], "one-of": ["null", "boolean", "number", "string", "sequence", "mapping"] }, strategy: { description: "Use `strategy` to use a matrix strategy for your jobs. A matrix strategy lets you use variables in a single job definition to automatically create multiple job runs that are based on the combinations of the variables. ", context: ["github", "inputs", "vars", "needs"], mapping: { properties: { "fail-fast": { type: "boolean", description: "Setting `fail-fast` to `false` prevents GitHub from canceling all in-progress jobs if any matrix job fails. Default: `true`" }, "max-parallel": { type: "number", description: "The maximum number of jobs that can run simultaneously when using a matrix job strategy. By default, GitHub will maximize the number of jobs run in parallel depending on runner availability." }, matrix: "matrix" } } }, matrix: { description: "Use `matrix` to define a matrix of different job configurations. Within your matrix, define one or more variables followed by an array of values.", mapping: { properties: { include: { type: "matrix-filter", description: "Use `include` to expand existing matrix configurations or to add new configurations. The value of `include` is a list of objects.\n\nFor each object in the `include` list, the key:value pairs in the object will be added to each of the matrix combinations if none of the key:value pairs overwrite any of the original matrix values. If the object cannot be added to any of the matrix combinations, a new matrix combination will be created instead. Note that the original matrix values will not be overwritten, but added matrix values can be overwritten." }, exclude: { type: "matrix-filter", description: "To remove specific configurations defined in the matrix, use `exclude`. An excluded configuration only has to be a partial match for it to be excluded." } }, "loose-key-type": "non-empty-string", "loose-value-type": "sequence" } }, "matrix-filter": { sequence: { "item-type": "matrix-filter-item" } }, "matrix-filter-item": { mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "any" } }, snapshot: { description: "Use `snapshot` to define a custom image you want to create or update after your job succeeds by taking a snapshot of your runner.", "one-of": ["non-empty-string", "snapshot-mapping"] }, "snapshot-mapping": { mapping: { properties: { "image-name": { description: "The desired name of the custom image you want to create or update.", type: "non-empty-string", required: true }, if: "snapshot-if", version: { description: "The desired major version updates upon a new custom image version creation.", type: "non-empty-string" } } } }, "snapshot-if": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], description: "Use the if conditional to prevent a snapshot from being taken unless a condition is met. Any supported context and expression can be used to create a conditional. Expressions in an `if` conditional do not require the bracketed expression syntax. When you use expressions in an `if` conditional, you may omit the expression syntax because GitHub automatically evaluates the `if` conditional as an expression.", string: {} }, "runs-on": { description: "Use `runs-on` to define the type of machine to run the job on.\n* The destination machine can be either a GitHub-hosted runner, larger runner, or a self-hosted runner.\n* You can target runners based on the labels assigned to them, or their group membership, or a combination of these.\n* You can provide `runs-on` as a single string or as an array of strings.\n* If you specify an array of strings, your workflow will execute on any runner that matches all of the specified `runs-on` values.\n* If you would like to run your workflow on multiple machines, use `jobs.<job_id>.strategy`.", context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], "one-of": ["non-empty-string", "sequence-of-non-empty-string", "runs-on-mapping"] }, "runs-on-mapping": { mapping: { properties: { group: { description: "The group from which to select a runner.", type: "non-empty-string" }, labels: "runs-on-labels" } } }, "runs-on-labels": { description: "The label by which to filter for available runners.", "one-of": ["non-empty-string", "sequence-of-non-empty-string"] }, "job-env": { description: "A map of variables that are available to all steps in the job.", context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "secrets"], mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "string" } }, "workflow-concurrency": { description: "Concurrency ensures that only a single job or workflow using the same concurrency group will run at a time. A concurrency group can be any string or expression.\n\nYou can also specify `concurrency` at the job level.\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#concurrency)", context: ["github", "inputs", "vars"], "one-of": ["string", "concurrency-mapping"] }, "job-concurrency": { description: "Concurrency ensures that only a single job using the same concurrency group will run at a time. A concurrency group can be any string or expression. The expression can use any context except for the `secrets` context.\n\nYou can also specify `concurrency` at the workflow level.", context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], "one-of": ["non-empty-string", "concurrency-mapping"] }, "concurrency-mapping": { description: "Concurrency ensures that only a single job or workflow using the same concurrency group will run at a time. A concurrency group can be any string or expression.\n\nYou can also specify `concurrency` at the job level.\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#concurrency)", mapping: { properties: { group: { type: "non-empty-string", required: true, description: "When a concurrent job or workflow is queued, if another job or workflow using the same concurrency group in the repository is in progress, the queued job or workflow will be `pending`. Any previously pending job or workflow in the concurrency group will be canceled. To also cancel any currently running job or workflow in the same concurrency group, specify `cancel-in-progress: true`." }, "cancel-in-progress": { type: "boolean", description: "To cancel any currently running job or workflow in the same concurrency group, specify cancel-in-progress: true." }, queue: { type: "concurrency-queue", description: "The queuing mode for the concurrency group. When set to `max`, workflows or jobs will wait in a queue for the concurrency group up to the maximum queue length. Default: `single` meaning at most one item can be pending." } } } }, "concurrency-queue": { "allowed-values": ["single", "max"] }, "job-environment": { description: "The environment that the job references. All environment protection rules must pass before a job referencing the environment is sent to a runner.", context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], "one-of": ["string", "job-environment-mapping"] }, "job-environment-mapping": { mapping: { properties: { name: { type: "job-environment-name", required: true }, url: { type: "string-runner-context-no-secrets", description: "The environment URL, which maps to `environment_url` in the deployments API." }, deployment: { type: "boolean", description: "Whether to create a deployment record for this environment. Defaults to true." } } } }, "job-environment-name": { description: "The name of the environment used by the job.", context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], string: {} }, "job-defaults": { description: "A map of default settings that will apply to all steps in the job. You can also set default settings for the entire workflow.", mapping: { properties: { run: "job-defaults-run" } } }, "job-defaults-run": { context: ["github", "inputs", "vars", "strategy", "matrix", "needs", "env"], mapping: { properties: { shell: "shell", "working-directory": "working-directory" } } }, "job-outputs": { description: "A map of outputs for a called workflow. Called workflow outputs are available to all downstream jobs in the caller workflow. Each output has an identifier, an optional `description,` and a `value`. The `value` must be set to the value of an output from a job within the called workflow.", mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "string-runner-context" } }, steps: { description: "A job contains a sequence of tasks called `steps`. Steps can run commands, run setup tasks, run an action in your repository, a public repository, or an action published in a Docker registry, wait for background steps to complete, or cancel a background step. Not all steps run actions, but all actions run as a step. Each step runs in its own process in the runner environment and has access to the workspace and filesystem. Because steps run in their own process, changes to environment variables are not preserved between steps. GitHub provides built-in steps to set up and complete a job.", sequence: { "item-type": "steps-item" } }, "steps-item": { "one-of": ["run-step", "regular-step", "wait-step", "wait-all-step", "cancel-step", "parallel-step"] }, "run-step": { mapping: { properties: { name: "step-name", id: "step-id", if: "step-if", "timeout-minutes": "step-timeout-minutes", run: { type: "string-steps-context", description: "Runs command-line programs using the operating system's shell. If you do not provide a `name`, the step name will default to the text specified in the `run` command. Commands run using non-login shells by default. You can choose a different shell and customize the shell used to run commands. Each `run` keyword represents a new process and shell in the virtual environment. When you provide multi-line commands, each line runs in the same shell.", required: true }, "continue-on-error": "step-continue-on-error", env: "step-env", "working-directory": "string-steps-context", shell: "shell", background: "step-background" } } }, "regular-step": { mapping: { properties: { name: "step-name", id: "step-id", if: "step-if", "continue-on-error": "step-continue-on-error", "timeout-minutes": "step-timeout-minutes", uses: { type: "step-uses", required: true }, with: "step-with", env: "step-env", background: "step-background" } } }, "wait-step": { mapping: { properties: { name: "step-name", id: "step-id", "continue-on-error": "step-continue-on-error", wait: { type: "step-wait-target", required: true } } } }, "wait-all-step": { mapping: { properties: { name: "step-name", id: "step-id", "continue-on-error": "step-continue-on-error", "wait-all": { type: "step-wait-all-value", required: true } } } }, "cancel-step": { mapping: { properties: { name: "step-name", id: "step-id", "continue-on-error": "step-continue-on-error", cancel: { type: "step-cancel-target", required: true } } } }, "parallel-step": { mapping: { properties: { parallel: { type: "parallel-steps", required: true, description: "Run a group of steps concurrently. All steps in the parallel block run as background steps and the workflow waits for all of them to complete before continuing." } } } }, "parallel-steps": { sequence: { "item-type": "steps-item" } }, "step-uses": { description: "Selects an action to run as part of a step in your job. An action is a reusable unit of code. You can use an action defined in the same repository as the workflow, a public repository, a [private repository with access enabled](https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/enabling-features-for-your-repository/managing-github-actions-settings-for-a-repository#allowing-access-to-components-in-a-private-repository), or in a published Docker container image.", string: { "require-non-empty": true } }, "step-background": { boolean: {}, description: "When set to true, runs this step in the background. The workflow continues to the next step immediately without waiting for the background step to finish." }, "step-wait-target": { description: "The step ID or IDs of background steps to wait for.", "one-of": ["non-empty-string", "sequence-of-non-empty-string"] }, "step-wait-all-value": { description: "Wait for all prior background steps to complete. Use as a bare key (`wait-all:`) or with a boolean value.", "one-of": ["null", "boolean"] }, "step-cancel-target": { description: "The step ID of a background step to cancel.", string: { "require-non-empty": true } }, "step-continue-on-error": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "secrets", "steps", "job", "runner", "env", "hashFiles(1,255)"], boolean: {}, description: "Prevents a job from failing when a step fails. Set to `true` to allow a job to pass when this step fails." }, "step-id": { string: { "require-non-empty": true }, description: "A unique identifier for the step. You can use the `id` to reference the step in contexts." }, "step-if": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "steps", "job", "runner", "env", "always(0,0)", "failure(0,0)", "cancelled(0,0)", "success(0,0)", "hashFiles(1,255)"], description: "Use the `if` conditional to prevent a step from running unless a condition is met. Any supported context and expression can be used to create a conditional. Expressions in an `if` conditional do not require the bracketed expression syntax. When you use expressions in an `if` conditional, you may omit the expression syntax because GitHub automatically evaluates the `if` conditional as an expression.", string: {} }, "step-if-result": { context: ["github", "inputs", "vars", "strategy", "matrix", "steps", "job", "runner", "env", "always(0,0)", "failure(0,0)", "cancelled(0,0)", "success(0,0)", "hashFiles(1,255)"], "one-of": ["null", "boolean", "number", "string", "sequence", "mapping"] }, "step-env": { description: "Sets variables for steps to use in the runner environment. You can also set variables for the entire workflow or a job.", context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "secrets", "steps", "job", "runner", "env", "hashFiles(1,255)"], mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "string" } }, "step-name": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "secrets", "steps", "job", "runner", "env", "hashFiles(1,255)"], string: {}, description: "A name for your step to display on GitHub." }, "step-timeout-minutes": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "secrets", "steps", "job", "runner", "env", "hashFiles(1,255)"], number: {}, description: "The maximum number of minutes to run the step before killing the process." }, "step-with": { description: "A map of the input parameters defined by the action. Each input parameter is a key/value pair. Input parameters are set as variables. When you specify an input in a workflow file or use a default input value, GitHub creates a variable for the input with the name `INPUT_<VARIABLE_NAME>`. The variable created converts input names to uppercase letters and replaces spaces with `_`.", context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "secrets", "steps", "job", "runner", "env", "hashFiles(1,255)"], mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "string" } }, container: { description: "A container to run any steps in a job that don't already specify a container. If you have steps that use both script and container actions, the container actions will run as sibling containers on the same network with the same volume mounts.\n\nIf you do not set a container, all steps will run directly on the host specified by runs-on unless a step refers to an action configured to run in a container.", context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], "one-of": ["string", "container-mapping"] }, "container-mapping": { mapping: { properties: { image: { type: "non-empty-string", description: "Use `jobs.<job_id>.container.image` to define the Docker image to use as the container to run the action. The value can be the Docker Hub image or a registry name." }, options: { type: "string", description: "Use `jobs.<job_id>.container.options` to configure additional Docker container resource options." }, env: "container-env", ports: { type: "sequence-of-non-empty-string", description: "Use `jobs.<job_id>.container.ports` to set an array of ports to expose on the container." }, volumes: { type: "sequence-of-non-empty-string", description: "Use `jobs.<job_id>.container.volumes` to set an array of volumes for the container to use. You can use volumes to share data between services or other steps in a job. You can specify named Docker volumes, anonymous Docker volumes, or bind mounts on the host." }, credentials: "container-registry-credentials" } } }, services: { description: "Additional containers to host services for a job in a workflow. These are useful for creating databases or cache services like redis. The runner on the virtual machine will automatically create a network and manage the life cycle of the service containers. When you use a service container for a job or your step uses container actions, you don't need to set port information to access the service. Docker automatically exposes all ports between containers on the same network. When both the job and the action run in a container, you can directly reference the container by its hostname. The hostname is automatically mapped to the service name. When a step does not use a container action, you must access the service using localhost and bind the ports.", context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "services-container" } }, "services-container": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], "one-of": ["non-empty-string", "service-container-mapping"] }, "container-registry-credentials": { description: "If the image's container registry requires authentication to pull the image, you can use `jobs.<job_id>.container.credentials` to set a map of the username and password. The credentials are the same values that you would provide to the `docker login` command.", context: ["github", "inputs", "vars", "secrets", "env"], mapping: { properties: { username: "non-empty-string", password: "non-empty-string" } } }, "container-env": { description: "Use `jobs.<job_id>.container.env` to set a map of variables in the container.", mapping: { "loose-key-type": "non-empty-string", "loose-value-type": "string-runner-context" } }, "non-empty-string": { string: { "require-non-empty": true } }, "sequence-of-non-empty-string": { sequence: { "item-type": "non-empty-string" } }, "sequence-of-string": { sequence: { "item-type": "string" } }, "boolean-needs-context": { context: ["github", "inputs", "vars", "needs"], boolean: {} }, "number-needs-context": { context: ["github", "inputs", "vars", "needs"], number: {} }, "string-needs-context": { context: ["github", "inputs", "vars", "needs"], string: {} }, "scalar-needs-context": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], "one-of": ["string", "boolean", "number"] }, "scalar-needs-context-with-secrets": { context: ["github", "inputs", "vars", "needs", "secrets", "strategy", "matrix"], "one-of": ["string", "boolean", "number"] }, "boolean-strategy-context": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], boolean: {} }, "number-strategy-context": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], number: {} }, "string-strategy-context": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix"], string: {} }, "boolean-steps-context": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "secrets", "steps", "job", "runner", "env", "hashFiles(1,255)"], boolean: {} }, "number-steps-context": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "secrets", "steps", "job", "runner", "env", "hashFiles(1,255)"], number: {} }, "string-runner-context": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "secrets", "steps", "job", "runner", "env"], string: {} }, "string-runner-context-no-secrets": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "steps", "job", "runner", "env"], string: {} }, "string-steps-context": { context: ["github", "inputs", "vars", "needs", "strategy", "matrix", "secrets", "steps", "job", "runner", "env", "hashFiles(1,255)"], string: {} }, shell: { string: { "require-non-empty": true }, description: "Use `shell` to override the default shell settings in the runner's operating system. You can use built-in shell keywords, or you can define a custom set of shell options. The shell command that is run internally executes a temporary file that contains the commands specified in `run`." }, "working-directory": { string: { "require-non-empty": true }, description: "The `working-directory` keyword specifies the working directory where the command is run." }, "cron-mapping": { mapping: { properties: { cron: { type: "cron-pattern", required: true }, timezone: "timezone-string" } } }, "cron-pattern": { description: "A cron expression that represents a schedule. A scheduled workflow will run at most once every 5 minutes.", string: { "require-non-empty": true } }, "timezone-string": { description: "A string that represents the time zone a scheduled workflow will run relative to in IANA format (e.g. 'America/New_York' or 'Europe/London'). If omitted, the workflow will run relative to midnight UTC.", string: { "require-non-empty": true } }, "service-container-mapping": { mapping: { properties: { image: { type: "non-empty-string", description: "The Docker image to use as the container. The value can be the Docker Hub image or a registry name." }, options: { type: "string", description: "Additional Docker container resource options." }, env: "container-env", ports: { type: "sequence-of-non-empty-string", description: "An array of ports to expose on the container." }, volumes: { type: "sequence-of-non-empty-string", description: "An array of volumes for the container to use. You can use volumes to share data between services or other steps in a job. You can specify named Docker volumes, anonymous Docker volumes, or bind mounts on the host." }, credentials: "container-registry-credentials", entrypoint: { type: "string", description: "Override the default ENTRYPOINT in the service container image." }, command: { type: "string", description: "Override the default CMD in the service container image." } } } } } };
  }
});

// node_modules/@actions/workflow-parser/dist/workflows/workflow-schema.js
function getWorkflowSchema() {
  if (schema === void 0) {
    const json = JSON.stringify(workflow_v1_0_min_default);
    schema = TemplateSchema.load(new JSONObjectReader(void 0, json));
  }
  return schema;
}
var schema;
var init_workflow_schema = __esm({
  "node_modules/@actions/workflow-parser/dist/workflows/workflow-schema.js"() {
    init_json_object_reader();
    init_schema();
    init_workflow_v1_0_min();
  }
});

// node_modules/@actions/workflow-parser/dist/workflows/yaml-object-reader.js
import { isAlias, isCollection, isDocument, isMap as isMap2, isPair as isPair2, isScalar as isScalar3, isSeq, LineCounter as LineCounter2, parseDocument as parseDocument2 } from "yaml";
function rangeFromLinePos(linePos) {
  if (linePos === void 0) {
    return;
  }
  const start = { line: linePos[0].line, column: linePos[0].col };
  const end = linePos.length == 2 ? { line: linePos[1].line, column: linePos[1].col } : start;
  return { start, end };
}
var YamlObjectReader;
var init_yaml_object_reader = __esm({
  "node_modules/@actions/workflow-parser/dist/workflows/yaml-object-reader.js"() {
    init_parse_event();
    init_tokens();
    YamlObjectReader = class _YamlObjectReader {
      constructor(fileId, content) {
        this.lineCounter = new LineCounter2();
        this.errors = [];
        this.doc = parseDocument2(content, {
          lineCounter: this.lineCounter,
          keepSourceTokens: true,
          uniqueKeys: false
          // Uniqueness is validated by the template reader
        });
        for (const err of this.doc.errors) {
          this.errors.push({ message: err.message, range: rangeFromLinePos(err.linePos) });
        }
        this._generator = this.getNodes(this.doc, /* @__PURE__ */ new Set());
        this.fileId = fileId;
      }
      *getNodes(node, aliasResolutionStack) {
        let range = this.getRange(node);
        if (isDocument(node)) {
          yield new ParseEvent(EventType.DocumentStart);
          for (const item of this.getNodes(node.contents, /* @__PURE__ */ new Set())) {
            yield item;
          }
          yield new ParseEvent(EventType.DocumentEnd);
        }
        if (isCollection(node)) {
          if (isSeq(node)) {
            yield new ParseEvent(EventType.SequenceStart, new SequenceToken(this.fileId, range, void 0));
          } else if (isMap2(node)) {
            yield new ParseEvent(EventType.MappingStart, new MappingToken(this.fileId, range, void 0));
          }
          for (const item of node.items) {
            for (const child of this.getNodes(item, aliasResolutionStack)) {
              yield child;
            }
          }
          if (isSeq(node)) {
            yield new ParseEvent(EventType.SequenceEnd);
          } else if (isMap2(node)) {
            yield new ParseEvent(EventType.MappingEnd);
          }
        }
        if (isScalar3(node)) {
          yield new ParseEvent(EventType.Literal, _YamlObjectReader.getLiteralToken(this.fileId, range, node));
        }
        if (isAlias(node)) {
          const resolved = node.resolve(this.doc);
          if (resolved) {
            if (aliasResolutionStack.has(resolved)) {
              return;
            }
            const newStack = new Set(aliasResolutionStack);
            newStack.add(resolved);
            yield* this.getNodes(resolved, newStack);
          }
          return;
        }
        if (isPair2(node)) {
          const scalarKey = node.key;
          range = this.getRange(scalarKey);
          const key = scalarKey.value;
          yield new ParseEvent(EventType.Literal, new StringToken(this.fileId, range, key, void 0));
          for (const child of this.getNodes(node.value, aliasResolutionStack)) {
            yield child;
          }
        }
      }
      getRange(node) {
        const range = node?.range ?? [];
        const startPos = range[0];
        const endPos = range[1];
        if (startPos !== void 0 && endPos !== void 0) {
          const slp = this.lineCounter.linePos(startPos);
          const elp = this.lineCounter.linePos(endPos);
          return {
            start: { line: slp.line, column: slp.col },
            end: { line: elp.line, column: elp.col }
          };
        }
        return void 0;
      }
      static getLiteralToken(fileId, range, token) {
        const value = token.value;
        if (value === null || value === void 0) {
          return new NullToken(fileId, range, void 0);
        }
        switch (typeof value) {
          case "number":
            return new NumberToken(fileId, range, value, void 0);
          case "boolean":
            return new BooleanToken(fileId, range, value, void 0);
          case "string": {
            let source;
            let blockScalarHeader;
            if (token.srcToken && "source" in token.srcToken) {
              source = token.srcToken.source;
              if (token.srcToken.type === "block-scalar" && "props" in token.srcToken) {
                const props = token.srcToken.props;
                const headerProp = props.find((p) => p.type === "block-scalar-header");
                if (headerProp?.source) {
                  blockScalarHeader = headerProp.source;
                }
              }
            }
            return new StringToken(fileId, range, value, void 0, source, blockScalarHeader);
          }
          default:
            throw new Error(`Unexpected value type '${typeof value}' when reading object`);
        }
      }
      allowLiteral() {
        if (!this._current.done) {
          const parseEvent = this._current.value;
          if (parseEvent.type === EventType.Literal) {
            this._current = this._generator.next();
            return parseEvent.token;
          }
        }
        return void 0;
      }
      allowSequenceStart() {
        if (!this._current.done) {
          const parseEvent = this._current.value;
          if (parseEvent.type === EventType.SequenceStart) {
            this._current = this._generator.next();
            return parseEvent.token;
          }
        }
        return void 0;
      }
      allowSequenceEnd() {
        if (!this._current.done) {
          const parseEvent = this._current.value;
          if (parseEvent.type === EventType.SequenceEnd) {
            this._current = this._generator.next();
            return true;
          }
        }
        return false;
      }
      allowMappingStart() {
        if (!this._current.done) {
          const parseEvent = this._current.value;
          if (parseEvent.type === EventType.MappingStart) {
            this._current = this._generator.next();
            return parseEvent.token;
          }
        }
        return void 0;
      }
      allowMappingEnd() {
        if (!this._current.done) {
          const parseEvent = this._current.value;
          if (parseEvent.type === EventType.MappingEnd) {
            this._current = this._generator.next();
            return true;
          }
        }
        return false;
      }
      validateEnd() {
        if (!this._current.done) {
          const parseEvent = this._current.value;
          if (parseEvent.type === EventType.DocumentEnd) {
            this._current = this._generator.next();
            return;
          }
        }
        throw new Error("Expected end of reader");
      }
      validateStart() {
        if (!this._current) {
          this._current = this._generator.next();
        }
        if (!this._current.done) {
          const parseEvent = this._current.value;
          if (parseEvent.type === EventType.DocumentStart) {
            this._current = this._generator.next();
            return;
          }
        }
        throw new Error("Expected start of reader");
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/workflows/workflow-parser.js
function parseWorkflow(entryFile, contextOrTrace) {
  const context = contextOrTrace instanceof TemplateContext ? contextOrTrace : new TemplateContext(new TemplateValidationErrors(), getWorkflowSchema(), contextOrTrace);
  const fileId = context.getFileId(entryFile.name);
  const reader = new YamlObjectReader(fileId, entryFile.content);
  if (reader.errors.length > 0) {
    for (const err of reader.errors) {
      context.error(fileId, err.message, err.range);
    }
    return {
      context,
      value: void 0
    };
  }
  const result = readTemplate(context, WORKFLOW_ROOT, reader, fileId);
  return {
    context,
    value: result
  };
}
var init_workflow_parser = __esm({
  "node_modules/@actions/workflow-parser/dist/workflows/workflow-parser.js"() {
    init_template_context();
    init_template_reader();
    init_workflow_constants();
    init_workflow_schema();
    init_yaml_object_reader();
  }
});

// node_modules/@actions/workflow-parser/dist/model/converter/concurrency.js
function convertConcurrency(context, token) {
  const result = {};
  if (token.isExpression) {
    return result;
  }
  if (isString(token)) {
    result.group = token;
    return result;
  }
  const concurrencyProperty = token.assertMapping("concurrency group");
  for (const property of concurrencyProperty) {
    const propertyName = property.key.assertString("concurrency group key");
    if (property.key.isExpression || property.value.isExpression) {
      continue;
    }
    switch (propertyName.value) {
      case "group":
        result.group = property.value.assertString("concurrency group");
        break;
      case "cancel-in-progress":
        result.cancelInProgress = property.value.assertBoolean("cancel-in-progress").value;
        break;
      case "queue":
        result.queue = property.value.assertString("queue").value;
        break;
      default:
        context.error(propertyName, `Invalid property name: ${propertyName.value}`);
    }
  }
  return result;
}
var init_concurrency = __esm({
  "node_modules/@actions/workflow-parser/dist/model/converter/concurrency.js"() {
    init_type_guards();
  }
});

// node_modules/cronstrue/dist/cronstrue.js
var require_cronstrue = __commonJS({
  "node_modules/cronstrue/dist/cronstrue.js"(exports, module) {
    (function webpackUniversalModuleDefinition(root, factory) {
      if (typeof exports === "object" && typeof module === "object")
        module.exports = factory();
      else if (typeof define === "function" && define.amd)
        define("cronstrue", [], factory);
      else if (typeof exports === "object")
        exports["cronstrue"] = factory();
      else
        root["cronstrue"] = factory();
    })(globalThis, () => {
      return (
        /******/
        (() => {
          "use strict";
          var __webpack_modules__ = {
            /***/
            949: (
              /***/
              ((__unused_webpack_module, exports2, __webpack_require__2) => {
                Object.defineProperty(exports2, "__esModule", { value: true });
                exports2.CronParser = void 0;
                var rangeValidator_1 = __webpack_require__2(515);
                var CronParser = (function() {
                  function CronParser2(expression, dayOfWeekStartIndexZero, monthStartIndexZero) {
                    if (dayOfWeekStartIndexZero === void 0) {
                      dayOfWeekStartIndexZero = true;
                    }
                    if (monthStartIndexZero === void 0) {
                      monthStartIndexZero = false;
                    }
                    this.expression = expression;
                    this.dayOfWeekStartIndexZero = dayOfWeekStartIndexZero;
                    this.monthStartIndexZero = monthStartIndexZero;
                  }
                  CronParser2.prototype.parse = function() {
                    var _a;
                    var parsed;
                    var expression = (_a = this.expression) !== null && _a !== void 0 ? _a : "";
                    if (expression === "@reboot") {
                      parsed = ["@reboot", "", "", "", "", "", ""];
                      return parsed;
                    } else if (expression.startsWith("@")) {
                      var special = this.parseSpecial(this.expression);
                      parsed = this.extractParts(special);
                    } else {
                      parsed = this.extractParts(this.expression);
                    }
                    this.normalize(parsed);
                    this.validate(parsed);
                    return parsed;
                  };
                  CronParser2.prototype.parseSpecial = function(expression) {
                    var specialExpressions = {
                      "@yearly": "0 0 1 1 *",
                      "@annually": "0 0 1 1 *",
                      "@monthly": "0 0 1 * *",
                      "@weekly": "0 0 * * 0",
                      "@daily": "0 0 * * *",
                      "@midnight": "0 0 * * *",
                      "@hourly": "0 * * * *",
                      "@reboot": "@reboot"
                    };
                    var special = specialExpressions[expression];
                    if (!special) {
                      throw new Error("Unknown special expression.");
                    }
                    return special;
                  };
                  CronParser2.prototype.extractParts = function(expression) {
                    if (!this.expression) {
                      throw new Error("cron expression is empty");
                    }
                    var parsed = expression.trim().split(/[ ]+/);
                    for (var i = 0; i < parsed.length; i++) {
                      if (parsed[i].includes(",")) {
                        var arrayElement = parsed[i].split(",").map(function(item) {
                          return item.trim();
                        }).filter(function(item) {
                          return item !== "";
                        }).map(function(item) {
                          return !isNaN(Number(item)) ? Number(item) : item;
                        }).filter(function(item) {
                          return item !== null && item !== "";
                        });
                        if (arrayElement.length === 0) {
                          arrayElement.push("*");
                        }
                        arrayElement.sort(function(a, b) {
                          return a !== null && b !== null ? a - b : 0;
                        });
                        parsed[i] = arrayElement.map(function(item) {
                          return item !== null ? item.toString() : "";
                        }).join(",");
                      }
                    }
                    if (parsed.length < 5) {
                      throw new Error("Expression has only ".concat(parsed.length, " part").concat(parsed.length == 1 ? "" : "s", ". At least 5 parts are required."));
                    } else if (parsed.length == 5) {
                      parsed.unshift("");
                      parsed.push("");
                    } else if (parsed.length == 6) {
                      var isYearWithNoSecondsPart = /\d{4}$/.test(parsed[5]) || parsed[4] == "?" || parsed[2] == "?";
                      if (isYearWithNoSecondsPart) {
                        parsed.unshift("");
                      } else {
                        parsed.push("");
                      }
                    } else if (parsed.length > 7) {
                      throw new Error("Expression has ".concat(parsed.length, " parts; too many!"));
                    }
                    return parsed;
                  };
                  CronParser2.prototype.normalize = function(expressionParts) {
                    var _this = this;
                    expressionParts[3] = expressionParts[3].replace("?", "*");
                    expressionParts[5] = expressionParts[5].replace("?", "*");
                    expressionParts[2] = expressionParts[2].replace("?", "*");
                    if (expressionParts[0].indexOf("0/") == 0) {
                      expressionParts[0] = expressionParts[0].replace("0/", "*/");
                    }
                    if (expressionParts[1].indexOf("0/") == 0) {
                      expressionParts[1] = expressionParts[1].replace("0/", "*/");
                    }
                    if (expressionParts[2].indexOf("0/") == 0) {
                      expressionParts[2] = expressionParts[2].replace("0/", "*/");
                    }
                    if (expressionParts[3].indexOf("1/") == 0) {
                      expressionParts[3] = expressionParts[3].replace("1/", "*/");
                    }
                    if (expressionParts[4].indexOf("1/") == 0) {
                      expressionParts[4] = expressionParts[4].replace("1/", "*/");
                    }
                    if (expressionParts[6].indexOf("1/") == 0) {
                      expressionParts[6] = expressionParts[6].replace("1/", "*/");
                    }
                    expressionParts[5] = expressionParts[5].replace(/(^\d)|([^#/\s]\d)/g, function(t) {
                      var dowDigits = t.replace(/\D/, "");
                      var dowDigitsAdjusted = dowDigits;
                      if (_this.dayOfWeekStartIndexZero) {
                        if (dowDigits == "7") {
                          dowDigitsAdjusted = "0";
                        }
                      } else {
                        dowDigitsAdjusted = (parseInt(dowDigits) - 1).toString();
                      }
                      return t.replace(dowDigits, dowDigitsAdjusted);
                    });
                    if (expressionParts[5] == "L") {
                      expressionParts[5] = "6";
                    }
                    if (expressionParts[3] == "?") {
                      expressionParts[3] = "*";
                    }
                    if (expressionParts[3].indexOf("W") > -1 && (expressionParts[3].indexOf(",") > -1 || expressionParts[3].indexOf("-") > -1)) {
                      throw new Error("The 'W' character can be specified only when the day-of-month is a single day, not a range or list of days.");
                    }
                    var days = {
                      SUN: 0,
                      MON: 1,
                      TUE: 2,
                      WED: 3,
                      THU: 4,
                      FRI: 5,
                      SAT: 6
                    };
                    for (var day in days) {
                      expressionParts[5] = expressionParts[5].replace(new RegExp(day, "gi"), days[day].toString());
                    }
                    expressionParts[4] = expressionParts[4].replace(/(^\d{1,2})|([^#/\s]\d{1,2})/g, function(t) {
                      var dowDigits = t.replace(/\D/, "");
                      var dowDigitsAdjusted = dowDigits;
                      if (_this.monthStartIndexZero) {
                        dowDigitsAdjusted = (parseInt(dowDigits) + 1).toString();
                      }
                      return t.replace(dowDigits, dowDigitsAdjusted);
                    });
                    var months = {
                      JAN: 1,
                      FEB: 2,
                      MAR: 3,
                      APR: 4,
                      MAY: 5,
                      JUN: 6,
                      JUL: 7,
                      AUG: 8,
                      SEP: 9,
                      OCT: 10,
                      NOV: 11,
                      DEC: 12
                    };
                    for (var month in months) {
                      expressionParts[4] = expressionParts[4].replace(new RegExp(month, "gi"), months[month].toString());
                    }
                    if (expressionParts[0] == "0") {
                      expressionParts[0] = "";
                    }
                    if (!/\*|\-|\,|\//.test(expressionParts[2]) && (/\*|\//.test(expressionParts[1]) || /\*|\//.test(expressionParts[0]))) {
                      expressionParts[2] += "-".concat(expressionParts[2]);
                    }
                    for (var i = 0; i < expressionParts.length; i++) {
                      if (expressionParts[i].indexOf(",") != -1) {
                        expressionParts[i] = expressionParts[i].split(",").filter(function(str) {
                          return str !== "";
                        }).join(",") || "*";
                      }
                      if (expressionParts[i] == "*/1") {
                        expressionParts[i] = "*";
                      }
                      if (expressionParts[i].indexOf("/") > -1 && !/^\*|\-|\,/.test(expressionParts[i])) {
                        var stepRangeThrough = null;
                        switch (i) {
                          case 4:
                            stepRangeThrough = "12";
                            break;
                          case 5:
                            stepRangeThrough = "6";
                            break;
                          case 6:
                            stepRangeThrough = "9999";
                            break;
                          default:
                            stepRangeThrough = null;
                            break;
                        }
                        if (stepRangeThrough !== null) {
                          var parts = expressionParts[i].split("/");
                          expressionParts[i] = "".concat(parts[0], "-").concat(stepRangeThrough, "/").concat(parts[1]);
                        }
                      }
                    }
                  };
                  CronParser2.prototype.validate = function(parsed) {
                    var standardCronPartCharacters = "0-9,\\-*/";
                    this.validateOnlyExpectedCharactersFound(parsed[0], standardCronPartCharacters);
                    this.validateOnlyExpectedCharactersFound(parsed[1], standardCronPartCharacters);
                    this.validateOnlyExpectedCharactersFound(parsed[2], standardCronPartCharacters);
                    this.validateOnlyExpectedCharactersFound(parsed[3], "0-9,\\-*/LW");
                    this.validateOnlyExpectedCharactersFound(parsed[4], standardCronPartCharacters);
                    this.validateOnlyExpectedCharactersFound(parsed[5], "0-9,\\-*/L#");
                    this.validateOnlyExpectedCharactersFound(parsed[6], standardCronPartCharacters);
                    this.validateAnyRanges(parsed);
                  };
                  CronParser2.prototype.validateAnyRanges = function(parsed) {
                    rangeValidator_1.default.secondRange(parsed[0]);
                    rangeValidator_1.default.minuteRange(parsed[1]);
                    rangeValidator_1.default.hourRange(parsed[2]);
                    rangeValidator_1.default.dayOfMonthRange(parsed[3]);
                    rangeValidator_1.default.monthRange(parsed[4], this.monthStartIndexZero);
                    rangeValidator_1.default.dayOfWeekRange(parsed[5], this.dayOfWeekStartIndexZero);
                  };
                  CronParser2.prototype.validateOnlyExpectedCharactersFound = function(cronPart, allowedCharsExpression) {
                    var invalidChars = cronPart.match(new RegExp("[^".concat(allowedCharsExpression, "]+"), "gi"));
                    if (invalidChars && invalidChars.length) {
                      throw new Error("Expression contains invalid values: '".concat(invalidChars.toString(), "'"));
                    }
                  };
                  return CronParser2;
                })();
                exports2.CronParser = CronParser;
              })
            ),
            /***/
            333: (
              /***/
              ((__unused_webpack_module, exports2, __webpack_require__2) => {
                Object.defineProperty(exports2, "__esModule", { value: true });
                exports2.ExpressionDescriptor = void 0;
                var stringUtilities_1 = __webpack_require__2(823);
                var cronParser_1 = __webpack_require__2(949);
                var ExpressionDescriptor = (function() {
                  function ExpressionDescriptor2(expression, options) {
                    this.expression = expression;
                    this.options = options;
                    this.expressionParts = new Array(5);
                    if (!this.options.locale && ExpressionDescriptor2.defaultLocale) {
                      this.options.locale = ExpressionDescriptor2.defaultLocale;
                    }
                    if (!ExpressionDescriptor2.locales[this.options.locale]) {
                      var fallBackLocale = Object.keys(ExpressionDescriptor2.locales)[0];
                      console.warn("Locale '".concat(this.options.locale, "' could not be found; falling back to '").concat(fallBackLocale, "'."));
                      this.options.locale = fallBackLocale;
                    }
                    this.i18n = ExpressionDescriptor2.locales[this.options.locale];
                    if (options.use24HourTimeFormat === void 0) {
                      options.use24HourTimeFormat = this.i18n.use24HourTimeFormatByDefault();
                    }
                  }
                  ExpressionDescriptor2.toString = function(expression, _a) {
                    var _b = _a === void 0 ? {} : _a, _c = _b.throwExceptionOnParseError, throwExceptionOnParseError = _c === void 0 ? true : _c, _d = _b.verbose, verbose = _d === void 0 ? false : _d, _e = _b.dayOfWeekStartIndexZero, dayOfWeekStartIndexZero = _e === void 0 ? true : _e, _f = _b.monthStartIndexZero, monthStartIndexZero = _f === void 0 ? false : _f, use24HourTimeFormat = _b.use24HourTimeFormat, _g = _b.locale, locale = _g === void 0 ? null : _g;
                    var options = {
                      throwExceptionOnParseError,
                      verbose,
                      dayOfWeekStartIndexZero,
                      monthStartIndexZero,
                      use24HourTimeFormat,
                      locale
                    };
                    if (options.tzOffset) {
                      console.warn("'tzOffset' option has been deprecated and is no longer supported.");
                    }
                    var descripter = new ExpressionDescriptor2(expression, options);
                    return descripter.getFullDescription();
                  };
                  ExpressionDescriptor2.initialize = function(localesLoader, defaultLocale) {
                    if (defaultLocale === void 0) {
                      defaultLocale = "en";
                    }
                    ExpressionDescriptor2.specialCharacters = ["/", "-", ",", "*"];
                    ExpressionDescriptor2.defaultLocale = defaultLocale;
                    localesLoader.load(ExpressionDescriptor2.locales);
                  };
                  ExpressionDescriptor2.prototype.getFullDescription = function() {
                    var _a, _b;
                    var description2 = "";
                    try {
                      var parser = new cronParser_1.CronParser(this.expression, this.options.dayOfWeekStartIndexZero, this.options.monthStartIndexZero);
                      this.expressionParts = parser.parse();
                      if (this.expressionParts[0] === "@reboot") {
                        return ((_b = (_a = this.i18n).atReboot) === null || _b === void 0 ? void 0 : _b.call(_a)) || "Run once, at startup";
                      }
                      var timeSegment = this.getTimeOfDayDescription();
                      var dayOfMonthDesc = this.getDayOfMonthDescription();
                      var monthDesc = this.getMonthDescription();
                      var dayOfWeekDesc = this.getDayOfWeekDescription();
                      var yearDesc = this.getYearDescription();
                      description2 += timeSegment + dayOfMonthDesc + dayOfWeekDesc + monthDesc + yearDesc;
                      description2 = this.transformVerbosity(description2, !!this.options.verbose);
                      description2 = description2.charAt(0).toLocaleUpperCase() + description2.substr(1);
                    } catch (ex) {
                      if (!this.options.throwExceptionOnParseError) {
                        description2 = this.i18n.anErrorOccuredWhenGeneratingTheExpressionD();
                      } else {
                        throw "".concat(ex);
                      }
                    }
                    return description2;
                  };
                  ExpressionDescriptor2.prototype.getTimeOfDayDescription = function() {
                    var secondsExpression = this.expressionParts[0];
                    var minuteExpression = this.expressionParts[1];
                    var hourExpression = this.expressionParts[2];
                    var description2 = "";
                    if (!stringUtilities_1.StringUtilities.containsAny(minuteExpression, ExpressionDescriptor2.specialCharacters) && !stringUtilities_1.StringUtilities.containsAny(hourExpression, ExpressionDescriptor2.specialCharacters) && !stringUtilities_1.StringUtilities.containsAny(secondsExpression, ExpressionDescriptor2.specialCharacters)) {
                      description2 += this.i18n.atSpace() + this.formatTime(hourExpression, minuteExpression, secondsExpression);
                    } else if (!secondsExpression && minuteExpression.indexOf("-") > -1 && !(minuteExpression.indexOf(",") > -1) && !(minuteExpression.indexOf("/") > -1) && !stringUtilities_1.StringUtilities.containsAny(hourExpression, ExpressionDescriptor2.specialCharacters)) {
                      var minuteParts = minuteExpression.split("-");
                      description2 += stringUtilities_1.StringUtilities.format(this.i18n.everyMinuteBetweenX0AndX1(), this.formatTime(hourExpression, minuteParts[0], ""), this.formatTime(hourExpression, minuteParts[1], ""));
                    } else if (!secondsExpression && hourExpression.indexOf(",") > -1 && hourExpression.indexOf("-") == -1 && hourExpression.indexOf("/") == -1 && !stringUtilities_1.StringUtilities.containsAny(minuteExpression, ExpressionDescriptor2.specialCharacters)) {
                      var hourParts = hourExpression.split(",");
                      description2 += this.i18n.at();
                      for (var i = 0; i < hourParts.length; i++) {
                        description2 += " ";
                        description2 += this.formatTime(hourParts[i], minuteExpression, "");
                        if (i < hourParts.length - 2) {
                          description2 += ",";
                        }
                        if (i == hourParts.length - 2) {
                          description2 += this.i18n.spaceAnd();
                        }
                      }
                    } else {
                      var secondsDescription = this.getSecondsDescription();
                      var minutesDescription = this.getMinutesDescription();
                      var hoursDescription = this.getHoursDescription();
                      description2 += secondsDescription;
                      if (description2 && minutesDescription) {
                        description2 += ", ";
                      }
                      description2 += minutesDescription;
                      if (minutesDescription === hoursDescription) {
                        return description2;
                      }
                      if (description2 && hoursDescription) {
                        description2 += ", ";
                      }
                      description2 += hoursDescription;
                    }
                    return description2;
                  };
                  ExpressionDescriptor2.prototype.getSecondsDescription = function() {
                    var _this = this;
                    var description2 = this.getSegmentDescription(this.expressionParts[0], this.i18n.everySecond(), function(s) {
                      return s;
                    }, function(s) {
                      return stringUtilities_1.StringUtilities.format(_this.i18n.everyX0Seconds(s), s);
                    }, function(s) {
                      return _this.i18n.secondsX0ThroughX1PastTheMinute();
                    }, function(s) {
                      return s == "0" ? "" : parseInt(s) < 20 ? _this.i18n.atX0SecondsPastTheMinute(s) : _this.i18n.atX0SecondsPastTheMinuteGt20() || _this.i18n.atX0SecondsPastTheMinute(s);
                    });
                    return description2;
                  };
                  ExpressionDescriptor2.prototype.getMinutesDescription = function() {
                    var _this = this;
                    var secondsExpression = this.expressionParts[0];
                    var hourExpression = this.expressionParts[2];
                    var description2 = this.getSegmentDescription(this.expressionParts[1], this.i18n.everyMinute(), function(s) {
                      return s;
                    }, function(s) {
                      return stringUtilities_1.StringUtilities.format(_this.i18n.everyX0Minutes(s), s);
                    }, function(s) {
                      return _this.i18n.minutesX0ThroughX1PastTheHour();
                    }, function(s) {
                      try {
                        return s == "0" && hourExpression.indexOf("/") == -1 && secondsExpression == "" ? _this.i18n.everyHour() : parseInt(s) < 20 ? _this.i18n.atX0MinutesPastTheHour(s) : _this.i18n.atX0MinutesPastTheHourGt20() || _this.i18n.atX0MinutesPastTheHour(s);
                      } catch (e) {
                        return _this.i18n.atX0MinutesPastTheHour(s);
                      }
                    });
                    return description2;
                  };
                  ExpressionDescriptor2.prototype.getHoursDescription = function() {
                    var _this = this;
                    var expression = this.expressionParts[2];
                    var hourIndex = 0;
                    var rangeEndValues = [];
                    expression.split("/")[0].split(",").forEach(function(range) {
                      var rangeParts = range.split("-");
                      if (rangeParts.length === 2) {
                        rangeEndValues.push({ value: rangeParts[1], index: hourIndex + 1 });
                      }
                      hourIndex += rangeParts.length;
                    });
                    var evaluationIndex = 0;
                    var description2 = this.getSegmentDescription(expression, this.i18n.everyHour(), function(s) {
                      var match = rangeEndValues.find(function(r) {
                        return r.value === s && r.index === evaluationIndex;
                      });
                      var isRangeEndWithNonZeroMinute = match && _this.expressionParts[1] !== "0";
                      evaluationIndex++;
                      return isRangeEndWithNonZeroMinute ? _this.formatTime(s, "59", "") : _this.formatTime(s, "0", "");
                    }, function(s) {
                      return stringUtilities_1.StringUtilities.format(_this.i18n.everyX0Hours(s), s);
                    }, function(s) {
                      return _this.i18n.betweenX0AndX1();
                    }, function(s) {
                      return _this.i18n.atX0();
                    });
                    return description2;
                  };
                  ExpressionDescriptor2.prototype.getDayOfWeekDescription = function() {
                    var _this = this;
                    var daysOfWeekNames = this.i18n.daysOfTheWeek();
                    var description2 = null;
                    if (this.expressionParts[5] == "*") {
                      description2 = "";
                    } else {
                      description2 = this.getSegmentDescription(this.expressionParts[5], this.i18n.commaEveryDay(), function(s, form) {
                        var exp = s;
                        if (s.indexOf("#") > -1) {
                          exp = s.substring(0, s.indexOf("#"));
                        } else if (s.indexOf("L") > -1) {
                          exp = exp.replace("L", "");
                        }
                        var parsedExp = parseInt(exp);
                        var description3 = _this.i18n.daysOfTheWeekInCase ? _this.i18n.daysOfTheWeekInCase(form)[parsedExp] : daysOfWeekNames[parsedExp];
                        if (s.indexOf("#") > -1) {
                          var dayOfWeekOfMonthDescription = null;
                          var dayOfWeekOfMonthNumber = s.substring(s.indexOf("#") + 1);
                          var dayOfWeekNumber = s.substring(0, s.indexOf("#"));
                          switch (dayOfWeekOfMonthNumber) {
                            case "1":
                              dayOfWeekOfMonthDescription = _this.i18n.first(dayOfWeekNumber);
                              break;
                            case "2":
                              dayOfWeekOfMonthDescription = _this.i18n.second(dayOfWeekNumber);
                              break;
                            case "3":
                              dayOfWeekOfMonthDescription = _this.i18n.third(dayOfWeekNumber);
                              break;
                            case "4":
                              dayOfWeekOfMonthDescription = _this.i18n.fourth(dayOfWeekNumber);
                              break;
                            case "5":
                              dayOfWeekOfMonthDescription = _this.i18n.fifth(dayOfWeekNumber);
                              break;
                          }
                          description3 = dayOfWeekOfMonthDescription + " " + description3;
                        }
                        return description3;
                      }, function(s) {
                        if (parseInt(s) == 1) {
                          return "";
                        } else {
                          return stringUtilities_1.StringUtilities.format(_this.i18n.commaEveryX0DaysOfTheWeek(s), s);
                        }
                      }, function(s) {
                        var beginFrom = s.substring(0, s.indexOf("-"));
                        var domSpecified = _this.expressionParts[3] != "*";
                        return domSpecified ? _this.i18n.commaAndX0ThroughX1(beginFrom) : _this.i18n.commaX0ThroughX1(beginFrom);
                      }, function(s) {
                        var format2 = null;
                        if (s.indexOf("#") > -1) {
                          var dayOfWeekOfMonthNumber = s.substring(s.indexOf("#") + 1);
                          var dayOfWeek = s.substring(0, s.indexOf("#"));
                          format2 = _this.i18n.commaOnThe(dayOfWeekOfMonthNumber, dayOfWeek).trim() + _this.i18n.spaceX0OfTheMonth();
                        } else if (s.indexOf("L") > -1) {
                          format2 = _this.i18n.commaOnTheLastX0OfTheMonth(s.replace("L", ""));
                        } else {
                          var domSpecified = _this.expressionParts[3] != "*";
                          format2 = domSpecified ? _this.i18n.commaAndOnX0() : _this.i18n.commaOnlyOnX0(s);
                        }
                        return format2;
                      });
                    }
                    return description2;
                  };
                  ExpressionDescriptor2.prototype.getMonthDescription = function() {
                    var _this = this;
                    var monthNames = this.i18n.monthsOfTheYear();
                    var description2 = this.getSegmentDescription(this.expressionParts[4], "", function(s, form) {
                      return form && _this.i18n.monthsOfTheYearInCase ? _this.i18n.monthsOfTheYearInCase(form)[parseInt(s) - 1] : monthNames[parseInt(s) - 1];
                    }, function(s) {
                      if (parseInt(s) == 1) {
                        return "";
                      } else {
                        return stringUtilities_1.StringUtilities.format(_this.i18n.commaEveryX0Months(s), s);
                      }
                    }, function(s) {
                      return _this.i18n.commaMonthX0ThroughMonthX1() || _this.i18n.commaX0ThroughX1();
                    }, function(s) {
                      return _this.i18n.commaOnlyInMonthX0 ? _this.i18n.commaOnlyInMonthX0() : _this.i18n.commaOnlyInX0();
                    });
                    return description2;
                  };
                  ExpressionDescriptor2.prototype.getDayOfMonthDescription = function() {
                    var _this = this;
                    var description2 = null;
                    var expression = this.expressionParts[3];
                    switch (expression) {
                      case "L":
                        description2 = this.i18n.commaOnTheLastDayOfTheMonth();
                        break;
                      case "WL":
                      case "LW":
                        description2 = this.i18n.commaOnTheLastWeekdayOfTheMonth();
                        break;
                      default:
                        var weekDayNumberMatches = expression.match(/(\d{1,2}W)|(W\d{1,2})/);
                        if (weekDayNumberMatches) {
                          var dayNumber = parseInt(weekDayNumberMatches[0].replace("W", ""));
                          var dayString = dayNumber == 1 ? this.i18n.firstWeekday() : stringUtilities_1.StringUtilities.format(this.i18n.weekdayNearestDayX0(), dayNumber.toString());
                          description2 = stringUtilities_1.StringUtilities.format(this.i18n.commaOnTheX0OfTheMonth(), dayString);
                          break;
                        } else {
                          var lastDayOffSetMatches = expression.match(/L-(\d{1,2})/);
                          if (lastDayOffSetMatches) {
                            var offSetDays = lastDayOffSetMatches[1];
                            description2 = stringUtilities_1.StringUtilities.format(this.i18n.commaDaysBeforeTheLastDayOfTheMonth(offSetDays), offSetDays);
                            break;
                          } else if (expression == "*" && this.expressionParts[5] != "*") {
                            return "";
                          } else {
                            description2 = this.getSegmentDescription(expression, this.i18n.commaEveryDay(), function(s) {
                              return s == "L" ? _this.i18n.lastDay() : _this.i18n.dayX0 ? stringUtilities_1.StringUtilities.format(_this.i18n.dayX0(), s) : s;
                            }, function(s) {
                              return s == "1" ? _this.i18n.commaEveryDay() : _this.i18n.commaEveryX0Days(s);
                            }, function(s) {
                              return _this.i18n.commaBetweenDayX0AndX1OfTheMonth(s);
                            }, function(s) {
                              return _this.i18n.commaOnDayX0OfTheMonth(s);
                            });
                          }
                          break;
                        }
                    }
                    return description2;
                  };
                  ExpressionDescriptor2.prototype.getYearDescription = function() {
                    var _this = this;
                    var description2 = this.getSegmentDescription(this.expressionParts[6], "", function(s) {
                      return /^\d+$/.test(s) ? new Date(parseInt(s), 1).getFullYear().toString() : s;
                    }, function(s) {
                      return stringUtilities_1.StringUtilities.format(_this.i18n.commaEveryX0Years(s), s);
                    }, function(s) {
                      return _this.i18n.commaYearX0ThroughYearX1() || _this.i18n.commaX0ThroughX1();
                    }, function(s) {
                      return _this.i18n.commaOnlyInYearX0 ? _this.i18n.commaOnlyInYearX0() : _this.i18n.commaOnlyInX0();
                    });
                    return description2;
                  };
                  ExpressionDescriptor2.prototype.getSegmentDescription = function(expression, allDescription, getSingleItemDescription, getIncrementDescriptionFormat, getRangeDescriptionFormat, getDescriptionFormat) {
                    var description2 = null;
                    var doesExpressionContainIncrement = expression.indexOf("/") > -1;
                    var doesExpressionContainRange = expression.indexOf("-") > -1;
                    var doesExpressionContainMultipleValues = expression.indexOf(",") > -1;
                    if (!expression) {
                      description2 = "";
                    } else if (expression === "*") {
                      description2 = allDescription;
                    } else if (!doesExpressionContainIncrement && !doesExpressionContainRange && !doesExpressionContainMultipleValues) {
                      description2 = stringUtilities_1.StringUtilities.format(getDescriptionFormat(expression), getSingleItemDescription(expression));
                    } else if (doesExpressionContainMultipleValues) {
                      var segments = expression.split(",");
                      var descriptionContent = "";
                      for (var i = 0; i < segments.length; i++) {
                        if (i > 0 && segments.length > 2) {
                          descriptionContent += ",";
                          if (i < segments.length - 1) {
                            descriptionContent += " ";
                          }
                        }
                        if (i > 0 && segments.length > 1 && (i == segments.length - 1 || segments.length == 2)) {
                          descriptionContent += "".concat(this.i18n.spaceAnd(), " ");
                        }
                        if (segments[i].indexOf("/") > -1 || segments[i].indexOf("-") > -1) {
                          var isSegmentRangeWithoutIncrement = segments[i].indexOf("-") > -1 && segments[i].indexOf("/") == -1;
                          var currentDescriptionContent = this.getSegmentDescription(segments[i], allDescription, getSingleItemDescription, getIncrementDescriptionFormat, isSegmentRangeWithoutIncrement ? this.i18n.commaX0ThroughX1 : getRangeDescriptionFormat, getDescriptionFormat);
                          if (isSegmentRangeWithoutIncrement) {
                            currentDescriptionContent = currentDescriptionContent.replace(", ", "");
                          }
                          descriptionContent += currentDescriptionContent;
                        } else if (!doesExpressionContainIncrement) {
                          descriptionContent += getSingleItemDescription(segments[i]);
                        } else {
                          descriptionContent += this.getSegmentDescription(segments[i], allDescription, getSingleItemDescription, getIncrementDescriptionFormat, getRangeDescriptionFormat, getDescriptionFormat);
                        }
                      }
                      if (!doesExpressionContainIncrement) {
                        description2 = stringUtilities_1.StringUtilities.format(getDescriptionFormat(expression), descriptionContent);
                      } else {
                        description2 = descriptionContent;
                      }
                    } else if (doesExpressionContainIncrement) {
                      var segments = expression.split("/");
                      description2 = stringUtilities_1.StringUtilities.format(getIncrementDescriptionFormat(segments[1]), segments[1]);
                      if (segments[0].indexOf("-") > -1) {
                        var rangeSegmentDescription = this.generateRangeSegmentDescription(segments[0], getRangeDescriptionFormat, getSingleItemDescription);
                        if (rangeSegmentDescription.indexOf(", ") != 0) {
                          description2 += ", ";
                        }
                        description2 += rangeSegmentDescription;
                      } else if (segments[0].indexOf("*") == -1) {
                        var rangeItemDescription = stringUtilities_1.StringUtilities.format(getDescriptionFormat(segments[0]), getSingleItemDescription(segments[0]));
                        rangeItemDescription = rangeItemDescription.replace(", ", "");
                        description2 += stringUtilities_1.StringUtilities.format(this.i18n.commaStartingX0(), rangeItemDescription);
                      }
                    } else if (doesExpressionContainRange) {
                      description2 = this.generateRangeSegmentDescription(expression, getRangeDescriptionFormat, getSingleItemDescription);
                    }
                    return description2;
                  };
                  ExpressionDescriptor2.prototype.generateRangeSegmentDescription = function(rangeExpression, getRangeDescriptionFormat, getSingleItemDescription) {
                    var description2 = "";
                    var rangeSegments = rangeExpression.split("-");
                    var rangeSegment1Description = getSingleItemDescription(rangeSegments[0], 1);
                    var rangeSegment2Description = getSingleItemDescription(rangeSegments[1], 2);
                    var rangeDescriptionFormat = getRangeDescriptionFormat(rangeExpression);
                    description2 += stringUtilities_1.StringUtilities.format(rangeDescriptionFormat, rangeSegment1Description, rangeSegment2Description);
                    return description2;
                  };
                  ExpressionDescriptor2.prototype.formatTime = function(hourExpression, minuteExpression, secondExpression) {
                    var hourOffset = 0;
                    var minuteOffset = 0;
                    var hour = parseInt(hourExpression) + hourOffset;
                    var minute = parseInt(minuteExpression) + minuteOffset;
                    if (minute >= 60) {
                      minute -= 60;
                      hour += 1;
                    } else if (minute < 0) {
                      minute += 60;
                      hour -= 1;
                    }
                    if (hour >= 24) {
                      hour = hour - 24;
                    } else if (hour < 0) {
                      hour = 24 + hour;
                    }
                    var period = "";
                    var setPeriodBeforeTime = false;
                    if (!this.options.use24HourTimeFormat) {
                      setPeriodBeforeTime = !!(this.i18n.setPeriodBeforeTime && this.i18n.setPeriodBeforeTime());
                      period = setPeriodBeforeTime ? "".concat(this.getPeriod(hour), " ") : " ".concat(this.getPeriod(hour));
                      if (hour > 12) {
                        hour -= 12;
                      }
                      if (hour === 0) {
                        hour = 12;
                      }
                    }
                    var second = "";
                    if (secondExpression) {
                      second = ":".concat(("00" + secondExpression).substring(secondExpression.length));
                    }
                    return "".concat(setPeriodBeforeTime ? period : "").concat(("00" + hour.toString()).substring(hour.toString().length), ":").concat(("00" + minute.toString()).substring(minute.toString().length)).concat(second).concat(!setPeriodBeforeTime ? period : "");
                  };
                  ExpressionDescriptor2.prototype.transformVerbosity = function(description2, useVerboseFormat) {
                    if (!useVerboseFormat) {
                      description2 = description2.replace(new RegExp(", ".concat(this.i18n.everyMinute()), "g"), "");
                      description2 = description2.replace(new RegExp(", ".concat(this.i18n.everyHour()), "g"), "");
                      description2 = description2.replace(new RegExp(this.i18n.commaEveryDay(), "g"), "");
                      description2 = description2.replace(/\, ?$/, "");
                      if (this.i18n.conciseVerbosityReplacements) {
                        for (var _i = 0, _a = Object.entries(this.i18n.conciseVerbosityReplacements()); _i < _a.length; _i++) {
                          var _b = _a[_i], key = _b[0], value = _b[1];
                          description2 = description2.replace(new RegExp(key, "g"), value);
                        }
                      }
                    }
                    return description2;
                  };
                  ExpressionDescriptor2.prototype.getPeriod = function(hour) {
                    return hour >= 12 ? this.i18n.pm && this.i18n.pm() || "PM" : this.i18n.am && this.i18n.am() || "AM";
                  };
                  ExpressionDescriptor2.locales = {};
                  return ExpressionDescriptor2;
                })();
                exports2.ExpressionDescriptor = ExpressionDescriptor;
              })
            ),
            /***/
            747: (
              /***/
              ((__unused_webpack_module, exports2, __webpack_require__2) => {
                Object.defineProperty(exports2, "__esModule", { value: true });
                exports2.enLocaleLoader = void 0;
                var en_1 = __webpack_require__2(486);
                var enLocaleLoader = (function() {
                  function enLocaleLoader2() {
                  }
                  enLocaleLoader2.prototype.load = function(availableLocales) {
                    availableLocales["en"] = new en_1.en();
                  };
                  return enLocaleLoader2;
                })();
                exports2.enLocaleLoader = enLocaleLoader;
              })
            ),
            /***/
            486: (
              /***/
              ((__unused_webpack_module, exports2) => {
                Object.defineProperty(exports2, "__esModule", { value: true });
                exports2.en = void 0;
                var en2 = (function() {
                  function en3() {
                  }
                  en3.prototype.atX0SecondsPastTheMinuteGt20 = function() {
                    return null;
                  };
                  en3.prototype.atX0MinutesPastTheHourGt20 = function() {
                    return null;
                  };
                  en3.prototype.commaMonthX0ThroughMonthX1 = function() {
                    return null;
                  };
                  en3.prototype.commaYearX0ThroughYearX1 = function() {
                    return null;
                  };
                  en3.prototype.use24HourTimeFormatByDefault = function() {
                    return false;
                  };
                  en3.prototype.anErrorOccuredWhenGeneratingTheExpressionD = function() {
                    return "An error occurred when generating the expression description. Check the cron expression syntax.";
                  };
                  en3.prototype.everyMinute = function() {
                    return "every minute";
                  };
                  en3.prototype.everyHour = function() {
                    return "every hour";
                  };
                  en3.prototype.atSpace = function() {
                    return "At ";
                  };
                  en3.prototype.everyMinuteBetweenX0AndX1 = function() {
                    return "Every minute between %s and %s";
                  };
                  en3.prototype.at = function() {
                    return "At";
                  };
                  en3.prototype.spaceAnd = function() {
                    return " and";
                  };
                  en3.prototype.everySecond = function() {
                    return "every second";
                  };
                  en3.prototype.everyX0Seconds = function() {
                    return "every %s seconds";
                  };
                  en3.prototype.secondsX0ThroughX1PastTheMinute = function() {
                    return "seconds %s through %s past the minute";
                  };
                  en3.prototype.atX0SecondsPastTheMinute = function() {
                    return "at %s seconds past the minute";
                  };
                  en3.prototype.everyX0Minutes = function() {
                    return "every %s minutes";
                  };
                  en3.prototype.minutesX0ThroughX1PastTheHour = function() {
                    return "minutes %s through %s past the hour";
                  };
                  en3.prototype.atX0MinutesPastTheHour = function() {
                    return "at %s minutes past the hour";
                  };
                  en3.prototype.everyX0Hours = function() {
                    return "every %s hours";
                  };
                  en3.prototype.betweenX0AndX1 = function() {
                    return "between %s and %s";
                  };
                  en3.prototype.atX0 = function() {
                    return "at %s";
                  };
                  en3.prototype.commaEveryDay = function() {
                    return ", every day";
                  };
                  en3.prototype.commaEveryX0DaysOfTheWeek = function() {
                    return ", every %s days of the week";
                  };
                  en3.prototype.commaX0ThroughX1 = function() {
                    return ", %s through %s";
                  };
                  en3.prototype.commaAndX0ThroughX1 = function() {
                    return ", %s through %s";
                  };
                  en3.prototype.first = function() {
                    return "first";
                  };
                  en3.prototype.second = function() {
                    return "second";
                  };
                  en3.prototype.third = function() {
                    return "third";
                  };
                  en3.prototype.fourth = function() {
                    return "fourth";
                  };
                  en3.prototype.fifth = function() {
                    return "fifth";
                  };
                  en3.prototype.commaOnThe = function() {
                    return ", on the ";
                  };
                  en3.prototype.spaceX0OfTheMonth = function() {
                    return " %s of the month";
                  };
                  en3.prototype.lastDay = function() {
                    return "the last day";
                  };
                  en3.prototype.commaOnTheLastX0OfTheMonth = function() {
                    return ", on the last %s of the month";
                  };
                  en3.prototype.commaOnlyOnX0 = function() {
                    return ", only on %s";
                  };
                  en3.prototype.commaAndOnX0 = function() {
                    return ", and on %s";
                  };
                  en3.prototype.commaEveryX0Months = function() {
                    return ", every %s months";
                  };
                  en3.prototype.commaOnlyInX0 = function() {
                    return ", only in %s";
                  };
                  en3.prototype.commaOnTheLastDayOfTheMonth = function() {
                    return ", on the last day of the month";
                  };
                  en3.prototype.commaOnTheLastWeekdayOfTheMonth = function() {
                    return ", on the last weekday of the month";
                  };
                  en3.prototype.commaDaysBeforeTheLastDayOfTheMonth = function() {
                    return ", %s days before the last day of the month";
                  };
                  en3.prototype.firstWeekday = function() {
                    return "first weekday";
                  };
                  en3.prototype.weekdayNearestDayX0 = function() {
                    return "weekday nearest day %s";
                  };
                  en3.prototype.commaOnTheX0OfTheMonth = function() {
                    return ", on the %s of the month";
                  };
                  en3.prototype.commaEveryX0Days = function() {
                    return ", every %s days";
                  };
                  en3.prototype.commaBetweenDayX0AndX1OfTheMonth = function() {
                    return ", between day %s and %s of the month";
                  };
                  en3.prototype.commaOnDayX0OfTheMonth = function() {
                    return ", on day %s of the month";
                  };
                  en3.prototype.commaEveryHour = function() {
                    return ", every hour";
                  };
                  en3.prototype.commaEveryX0Years = function() {
                    return ", every %s years";
                  };
                  en3.prototype.commaStartingX0 = function() {
                    return ", starting %s";
                  };
                  en3.prototype.daysOfTheWeek = function() {
                    return ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
                  };
                  en3.prototype.monthsOfTheYear = function() {
                    return [
                      "January",
                      "February",
                      "March",
                      "April",
                      "May",
                      "June",
                      "July",
                      "August",
                      "September",
                      "October",
                      "November",
                      "December"
                    ];
                  };
                  en3.prototype.atReboot = function() {
                    return "Run once, at startup";
                  };
                  return en3;
                })();
                exports2.en = en2;
              })
            ),
            /***/
            515: (
              /***/
              ((__unused_webpack_module, exports2) => {
                Object.defineProperty(exports2, "__esModule", { value: true });
                function assert(value, message) {
                  if (!value) {
                    throw new Error(message);
                  }
                }
                var RangeValidator = (function() {
                  function RangeValidator2() {
                  }
                  RangeValidator2.secondRange = function(parse2) {
                    var parsed = parse2.split(",");
                    for (var i = 0; i < parsed.length; i++) {
                      if (!isNaN(parseInt(parsed[i], 10))) {
                        var second = parseInt(parsed[i], 10);
                        assert(second >= 0 && second <= 59, "seconds part must be >= 0 and <= 59");
                      }
                    }
                  };
                  RangeValidator2.minuteRange = function(parse2) {
                    var parsed = parse2.split(",");
                    for (var i = 0; i < parsed.length; i++) {
                      if (!isNaN(parseInt(parsed[i], 10))) {
                        var minute = parseInt(parsed[i], 10);
                        assert(minute >= 0 && minute <= 59, "minutes part must be >= 0 and <= 59");
                      }
                    }
                  };
                  RangeValidator2.hourRange = function(parse2) {
                    var parsed = parse2.split(",");
                    for (var i = 0; i < parsed.length; i++) {
                      if (!isNaN(parseInt(parsed[i], 10))) {
                        var hour = parseInt(parsed[i], 10);
                        assert(hour >= 0 && hour <= 23, "hours part must be >= 0 and <= 23");
                      }
                    }
                  };
                  RangeValidator2.dayOfMonthRange = function(parse2) {
                    var parsed = parse2.split(",");
                    for (var i = 0; i < parsed.length; i++) {
                      if (!isNaN(parseInt(parsed[i], 10))) {
                        var dayOfMonth = parseInt(parsed[i], 10);
                        assert(dayOfMonth >= 1 && dayOfMonth <= 31, "DOM part must be >= 1 and <= 31");
                      }
                    }
                  };
                  RangeValidator2.monthRange = function(parse2, monthStartIndexZero) {
                    var parsed = parse2.split(",");
                    for (var i = 0; i < parsed.length; i++) {
                      if (!isNaN(parseInt(parsed[i], 10))) {
                        var month = parseInt(parsed[i], 10);
                        assert(month >= 1 && month <= 12, monthStartIndexZero ? "month part must be >= 0 and <= 11" : "month part must be >= 1 and <= 12");
                      }
                    }
                  };
                  RangeValidator2.dayOfWeekRange = function(parse2, dayOfWeekStartIndexZero) {
                    var parsed = parse2.split(",");
                    for (var i = 0; i < parsed.length; i++) {
                      if (!isNaN(parseInt(parsed[i], 10))) {
                        var dayOfWeek = parseInt(parsed[i], 10);
                        assert(dayOfWeek >= 0 && dayOfWeek <= 6, dayOfWeekStartIndexZero ? "DOW part must be >= 0 and <= 6" : "DOW part must be >= 1 and <= 7");
                      }
                    }
                  };
                  return RangeValidator2;
                })();
                exports2["default"] = RangeValidator;
              })
            ),
            /***/
            823: (
              /***/
              ((__unused_webpack_module, exports2) => {
                Object.defineProperty(exports2, "__esModule", { value: true });
                exports2.StringUtilities = void 0;
                var StringUtilities = (function() {
                  function StringUtilities2() {
                  }
                  StringUtilities2.format = function(template) {
                    var values = [];
                    for (var _i = 1; _i < arguments.length; _i++) {
                      values[_i - 1] = arguments[_i];
                    }
                    return template.replace(/%s/g, function(substring) {
                      var args = [];
                      for (var _i2 = 1; _i2 < arguments.length; _i2++) {
                        args[_i2 - 1] = arguments[_i2];
                      }
                      return values.shift();
                    });
                  };
                  StringUtilities2.containsAny = function(text, searchStrings) {
                    return searchStrings.some(function(c) {
                      return text.indexOf(c) > -1;
                    });
                  };
                  return StringUtilities2;
                })();
                exports2.StringUtilities = StringUtilities;
              })
            )
            /******/
          };
          var __webpack_module_cache__ = {};
          function __webpack_require__(moduleId) {
            var cachedModule = __webpack_module_cache__[moduleId];
            if (cachedModule !== void 0) {
              return cachedModule.exports;
            }
            var module2 = __webpack_module_cache__[moduleId] = {
              /******/
              // no module.id needed
              /******/
              // no module.loaded needed
              /******/
              exports: {}
              /******/
            };
            __webpack_modules__[moduleId](module2, module2.exports, __webpack_require__);
            return module2.exports;
          }
          var __webpack_exports__ = {};
          (() => {
            var exports2 = __webpack_exports__;
            Object.defineProperty(exports2, "__esModule", { value: true });
            exports2.toString = void 0;
            var expressionDescriptor_1 = __webpack_require__(333);
            var enLocaleLoader_1 = __webpack_require__(747);
            expressionDescriptor_1.ExpressionDescriptor.initialize(new enLocaleLoader_1.enLocaleLoader());
            exports2["default"] = expressionDescriptor_1.ExpressionDescriptor;
            var toString = expressionDescriptor_1.ExpressionDescriptor.toString;
            exports2.toString = toString;
          })();
          return __webpack_exports__;
        })()
      );
    });
  }
});

// node_modules/@actions/workflow-parser/dist/model/converter/cron-constants.js
var MONTHS, DAYS, MINUTE_RANGE, HOUR_RANGE, DOM_RANGE, MONTH_RANGE, DOW_RANGE;
var init_cron_constants = __esm({
  "node_modules/@actions/workflow-parser/dist/model/converter/cron-constants.js"() {
    MONTHS = {
      jan: 1,
      feb: 2,
      mar: 3,
      apr: 4,
      may: 5,
      jun: 6,
      jul: 7,
      aug: 8,
      sep: 9,
      oct: 10,
      nov: 11,
      dec: 12
    };
    DAYS = {
      sun: 0,
      mon: 1,
      tue: 2,
      wed: 3,
      thu: 4,
      fri: 5,
      sat: 6
    };
    MINUTE_RANGE = { min: 0, max: 59 };
    HOUR_RANGE = { min: 0, max: 23 };
    DOM_RANGE = { min: 1, max: 31 };
    MONTH_RANGE = { min: 1, max: 12, names: MONTHS };
    DOW_RANGE = { min: 0, max: 6, names: DAYS };
  }
});

// node_modules/@actions/workflow-parser/dist/model/converter/cron.js
function isValidCron(cron) {
  const parts = cron.split(/ +/);
  if (parts.length != 5) {
    return false;
  }
  const [minutes, hours, dom, months, dow] = parts;
  return validateCronPart(minutes, MINUTE_RANGE) && validateCronPart(hours, HOUR_RANGE) && validateCronPart(dom, DOM_RANGE) && validateCronPart(months, MONTH_RANGE) && validateCronPart(dow, DOW_RANGE);
}
function validateCronPart(value, range, allowSeparators = true) {
  if (range.names && range.names[value.toLowerCase()] !== void 0) {
    return true;
  }
  if (value === "*") {
    return true;
  }
  if (value.includes(",")) {
    if (!allowSeparators) {
      return false;
    }
    return value.split(",").every((v) => v && validateCronPart(v, range));
  }
  if (value.includes("/")) {
    if (!allowSeparators) {
      return false;
    }
    const [start, step, ...rest] = value.split("/");
    const stepNumber = +step;
    if (rest.length > 0 || isNaN(stepNumber) || stepNumber <= 0 || !start || !step) {
      return false;
    }
    return validateCronPart(start, range) && validateCronPart(step, range, false);
  }
  if (value.includes("-")) {
    if (!allowSeparators) {
      return false;
    }
    const [start, end, ...rest] = value.split("-");
    if (rest.length > 0 || !start || !end) {
      return false;
    }
    const startNumber = convertToNumber(start, range.names);
    const endNumber = convertToNumber(end, range.names);
    return validateCronPart(start, range, false) && validateCronPart(end, range, false) && endNumber >= startNumber;
  }
  const number = +value;
  return !isNaN(number) && number >= range.min && number <= range.max;
}
function convertToNumber(value, names) {
  if (names && names[value.toLowerCase()] !== void 0) {
    return +names[value.toLowerCase()];
  } else {
    return +value;
  }
}
var import_cronstrue;
var init_cron = __esm({
  "node_modules/@actions/workflow-parser/dist/model/converter/cron.js"() {
    import_cronstrue = __toESM(require_cronstrue(), 1);
    init_cron_constants();
  }
});

// node_modules/@actions/workflow-parser/dist/model/converter/string-list.js
function convertStringList(name2, token) {
  const result = [];
  for (const item of token) {
    result.push(item.assertString(`${name2} item`).value);
  }
  return result;
}
var init_string_list = __esm({
  "node_modules/@actions/workflow-parser/dist/model/converter/string-list.js"() {
  }
});

// node_modules/@actions/workflow-parser/dist/model/workflow-template.js
var InputType;
var init_workflow_template = __esm({
  "node_modules/@actions/workflow-parser/dist/model/workflow-template.js"() {
    (function(InputType2) {
      InputType2["string"] = "string";
      InputType2["choice"] = "choice";
      InputType2["boolean"] = "boolean";
      InputType2["environment"] = "environment";
    })(InputType || (InputType = {}));
  }
});

// node_modules/@actions/workflow-parser/dist/model/converter/workflow-call.js
function convertEventWorkflowCall(context, token) {
  const result = {};
  for (const item of token) {
    const key = item.key.assertString("workflow dispatch input key");
    switch (key.value) {
      case "inputs":
        result.inputs = convertWorkflowInputs(context, item.value.assertMapping("workflow dispatch inputs"));
        break;
      case "secrets":
        result.secrets = convertWorkflowCallSecrets(context, item.value.assertMapping("workflow dispatch inputs"));
        break;
      case "outputs":
        break;
    }
  }
  return result;
}
function convertWorkflowInputs(context, token) {
  const result = {};
  for (const item of token) {
    const inputName = item.key.assertString("input name");
    const inputMapping = item.value.assertMapping("input configuration");
    result[inputName.value] = convertWorkflowInput(context, inputMapping);
  }
  return result;
}
function convertWorkflowInput(context, token) {
  const result = {
    type: InputType.string
    // Default to string
  };
  let defaultValue;
  for (const item of token) {
    const key = item.key.assertString("workflow dispatch input key");
    switch (key.value) {
      case "description":
        result.description = item.value.assertString("input description").value;
        break;
      case "required":
        result.required = item.value.assertBoolean("input required").value;
        break;
      case "default":
        defaultValue = item.value.assertScalar("input default");
        break;
      case "type":
        result.type = InputType[item.value.assertString("input type").value];
        break;
      case "options":
        result.options = convertStringList("input options", item.value.assertSequence("input options"));
        break;
      default:
        context.error(item.key, `Invalid key '${key.value}'`);
    }
  }
  if (defaultValue !== void 0 && !defaultValue.isExpression) {
    try {
      switch (result.type) {
        case InputType.boolean:
          result.default = defaultValue.assertBoolean("input default").value;
          break;
        case InputType.string:
        case InputType.choice:
        case InputType.environment:
          result.default = defaultValue.assertString("input default").value;
          break;
      }
    } catch (e) {
      context.error(defaultValue, e);
    }
  }
  if (result.type === InputType.choice) {
    if (result.options === void 0 || result.options.length === 0) {
      context.error(token, "Missing 'options' for choice input");
    }
  } else {
    if (result.options !== void 0) {
      context.error(token, "Input type is not 'choice', but 'options' is defined");
    }
  }
  return result;
}
function convertWorkflowCallSecrets(context, token) {
  const result = {};
  for (const item of token) {
    const secretName = item.key.assertString("secret name");
    result[secretName.value] = convertWorkflowCallSecret(context, item.value);
  }
  return result;
}
function convertWorkflowCallSecret(context, token) {
  const result = {};
  if (isMapping(token)) {
    for (const item of token) {
      const key = item.key.assertString("workflow call secret key");
      switch (key.value) {
        case "description":
          result.description = item.value.assertString("secret description").value;
          break;
        case "required":
          result.required = item.value.assertBoolean("secret required").value;
          break;
      }
    }
  }
  return result;
}
var init_workflow_call = __esm({
  "node_modules/@actions/workflow-parser/dist/model/converter/workflow-call.js"() {
    init_type_guards();
    init_workflow_template();
    init_string_list();
  }
});

// node_modules/@actions/workflow-parser/dist/model/converter/workflow-dispatch.js
function convertEventWorkflowDispatchInputs(context, token) {
  const result = {};
  for (const item of token) {
    const key = item.key.assertString("workflow dispatch input key");
    switch (key.value) {
      case "inputs":
        result.inputs = convertWorkflowDispatchInputs(context, item.value.assertMapping("workflow dispatch inputs"));
        break;
    }
  }
  return result;
}
function convertWorkflowDispatchInputs(context, token) {
  const result = {};
  for (const item of token) {
    const inputName = item.key.assertString("input name");
    const inputMapping = item.value.assertMapping("input configuration");
    result[inputName.value] = convertWorkflowDispatchInput(context, inputMapping);
  }
  return result;
}
function convertWorkflowDispatchInput(context, token) {
  const result = {
    type: InputType.string
    // Default to string
  };
  let defaultValue;
  for (const item of token) {
    const key = item.key.assertString("workflow dispatch input key");
    switch (key.value) {
      case "description":
        result.description = item.value.assertString("input description").value;
        break;
      case "required":
        result.required = item.value.assertBoolean("input required").value;
        break;
      case "default":
        defaultValue = item.value.assertScalar("input default");
        break;
      case "type":
        result.type = InputType[item.value.assertString("input type").value];
        break;
      case "options":
        result.options = convertStringList("input options", item.value.assertSequence("input options"));
        break;
      default:
        context.error(item.key, `Invalid key '${key.value}'`);
    }
  }
  if (defaultValue !== void 0) {
    try {
      switch (result.type) {
        case InputType.boolean:
          result.default = defaultValue.assertBoolean("input default").value;
          break;
        case InputType.string:
        case InputType.choice:
        case InputType.environment:
          result.default = defaultValue.assertString("input default").value;
          break;
      }
    } catch (e) {
      context.error(defaultValue, e);
    }
  }
  if (result.type === InputType.choice) {
    if (result.options === void 0 || result.options.length === 0) {
      context.error(token, "Missing 'options' for choice input");
    }
  } else {
    if (result.options !== void 0) {
      context.error(token, "Input type is not 'choice', but 'options' is defined");
    }
  }
  return result;
}
var init_workflow_dispatch = __esm({
  "node_modules/@actions/workflow-parser/dist/model/converter/workflow-dispatch.js"() {
    init_workflow_template();
    init_string_list();
  }
});

// node_modules/@actions/workflow-parser/dist/model/converter/events.js
function convertOn(context, token) {
  if (isLiteral(token)) {
    const event = token.assertString("on");
    return {
      [event.value]: {}
    };
  }
  if (isSequence(token)) {
    const result = {};
    for (const item of token) {
      const event = item.assertString("on");
      result[event.value] = {};
    }
    return result;
  }
  if (isMapping(token)) {
    const result = {};
    for (const item of token) {
      const eventKey = item.key.assertString("event name");
      const eventName = eventKey.value;
      if (item.value.templateTokenType === TokenType.Null) {
        result[eventName] = {};
        continue;
      }
      if (eventName === "schedule") {
        const scheduleToken = item.value.assertSequence(`event ${eventName}`);
        result.schedule = convertSchedule(context, scheduleToken);
        continue;
      }
      const eventToken = item.value.assertMapping(`event ${eventName}`);
      if (eventName === "workflow_call") {
        result.workflow_call = convertEventWorkflowCall(context, eventToken);
        continue;
      }
      if (eventName === "workflow_dispatch") {
        result.workflow_dispatch = convertEventWorkflowDispatchInputs(context, eventToken);
        continue;
      }
      result[eventName] = {
        ...convertPatternFilter("branches", eventToken),
        ...convertPatternFilter("tags", eventToken),
        ...convertPatternFilter("paths", eventToken),
        ...convertFilter("types", eventToken),
        ...convertFilter("versions", eventToken),
        ...convertFilter("names", eventToken),
        ...convertFilter("workflows", eventToken)
      };
    }
    return result;
  }
  context.error(token, "Invalid format for 'on'");
  return {};
}
function convertPatternFilter(name2, token) {
  const result = {};
  for (const item of token) {
    const key = item.key.assertString(`${name2} filter key`);
    switch (key.value) {
      case name2:
        if (isString(item.value)) {
          result[name2] = [item.value.value];
        } else {
          result[name2] = convertStringList(name2, item.value.assertSequence(`${name2} list`));
        }
        break;
      case `${name2}-ignore`:
        if (isString(item.value)) {
          result[`${name2}-ignore`] = [item.value.value];
        } else {
          result[`${name2}-ignore`] = convertStringList(`${name2}-ignore`, item.value.assertSequence(`${name2}-ignore list`));
        }
        break;
    }
  }
  return result;
}
function convertFilter(name2, token) {
  const result = {};
  for (const item of token) {
    const key = item.key.assertString(`${name2} filter key`);
    switch (key.value) {
      case name2:
        if (isString(item.value)) {
          result[name2] = [item.value.value];
        } else {
          result[name2] = convertStringList(name2, item.value.assertSequence(`${name2} list`));
        }
        break;
    }
  }
  return result;
}
function convertSchedule(context, token) {
  const result = [];
  for (const item of token) {
    const mappingToken = item.assertMapping(`event schedule`);
    const config2 = { cron: "" };
    let valid = true;
    for (const entry of mappingToken) {
      const key = entry.key.assertString(`schedule key`);
      if (key.value === "cron") {
        const cron = entry.value.assertString(`schedule cron`);
        if (!isValidCron(cron.value)) {
          context.error(cron, "Invalid cron expression. Expected format: '* * * * *' (minute hour day month weekday)");
        }
        config2.cron = cron.value;
      } else if (key.value === "timezone") {
        const timezone = entry.value.assertString(`schedule timezone`);
        config2.timezone = timezone.value;
      } else {
        context.error(key, `Invalid schedule key`);
        valid = false;
      }
    }
    if (valid && config2.cron) {
      result.push(config2);
    } else if (valid && !config2.cron) {
      context.error(mappingToken, "Missing required key 'cron' in schedule entry");
    }
  }
  return result;
}
var init_events = __esm({
  "node_modules/@actions/workflow-parser/dist/model/converter/events.js"() {
    init_type_guards();
    init_types();
    init_cron();
    init_string_list();
    init_workflow_call();
    init_workflow_dispatch();
  }
});

// node_modules/@actions/workflow-parser/dist/model/converter/handle-errors.js
function handleTemplateTokenErrors(root, context, defaultValue, f) {
  let r = defaultValue;
  try {
    r = f();
  } catch (err) {
    if (err instanceof TemplateTokenError) {
      context.error(err.token, err);
    } else {
      context.error(root, err);
    }
  }
  return r;
}
var init_handle_errors = __esm({
  "node_modules/@actions/workflow-parser/dist/model/converter/handle-errors.js"() {
    init_template_token();
  }
});

// node_modules/@actions/workflow-parser/dist/model/converter/if-condition.js
function ensureStatusFunction(condition, definitionInfo) {
  const allowedContext = definitionInfo?.allowedContext || [];
  try {
    const { namedContexts, functions } = splitAllowedContext(allowedContext);
    const lexer = new Lexer(condition);
    const result = lexer.lex();
    const parser = new Parser(result.tokens, namedContexts, functions);
    const tree = parser.parse();
    if (walkTreeToFindStatusFunctionCalls(tree)) {
      return condition;
    }
    return `success() && (${condition})`;
  } catch {
    return condition;
  }
}
function convertToIfCondition(context, token) {
  const scalar = token.assertScalar("if condition");
  const allowedContext = token.definitionInfo?.allowedContext || [];
  let condition;
  let source;
  if (scalar instanceof BasicExpressionToken) {
    condition = scalar.expression;
    source = scalar.source;
  } else {
    const stringToken = scalar.assertString("if condition");
    condition = stringToken.value.trim();
    source = stringToken.source;
  }
  let finalCondition;
  if (!condition) {
    finalCondition = "success()";
  } else {
    finalCondition = ensureStatusFunction(condition, token.definitionInfo);
  }
  try {
    ExpressionToken.validateExpression(finalCondition, allowedContext);
  } catch (err) {
    context.error(token, err);
    return void 0;
  }
  return new BasicExpressionToken(token.file, token.range, finalCondition, token.definitionInfo, void 0, source);
}
function walkTreeToFindStatusFunctionCalls(tree) {
  if (!tree) {
    return false;
  }
  if (tree instanceof FunctionCall) {
    const funcName = tree.functionName.lexeme.toLowerCase();
    if (funcName === "success" || funcName === "failure" || funcName === "cancelled" || funcName === "always") {
      return true;
    }
    return tree.args.some((arg) => walkTreeToFindStatusFunctionCalls(arg));
  }
  if (tree instanceof Binary) {
    return walkTreeToFindStatusFunctionCalls(tree.left) || walkTreeToFindStatusFunctionCalls(tree.right);
  }
  if (tree instanceof Unary) {
    return walkTreeToFindStatusFunctionCalls(tree.expr);
  }
  if (tree instanceof Logical) {
    return tree.args.some((arg) => walkTreeToFindStatusFunctionCalls(arg));
  }
  if (tree instanceof Grouping) {
    return walkTreeToFindStatusFunctionCalls(tree.group);
  }
  if (tree instanceof IndexAccess) {
    return walkTreeToFindStatusFunctionCalls(tree.expr) || walkTreeToFindStatusFunctionCalls(tree.index);
  }
  return false;
}
var init_if_condition = __esm({
  "node_modules/@actions/workflow-parser/dist/model/converter/if-condition.js"() {
    init_dist();
    init_ast();
    init_allowed_context();
    init_tokens();
  }
});

// node_modules/@actions/workflow-parser/dist/model/converter/container.js
function convertToJobContainer(context, container) {
  let image;
  let env;
  let ports;
  let volumes;
  let options;
  for (const [, token] of TemplateToken.traverse(container)) {
    if (token.isExpression) {
      return;
    }
  }
  if (isString(container)) {
    image = container.assertString("container item");
    return { image };
  }
  const mapping = container.assertMapping("container item");
  if (mapping)
    for (const item of mapping) {
      const key = item.key.assertString("container item key");
      const value = item.value;
      switch (key.value) {
        case "image":
          image = value.assertString("container image");
          break;
        case "credentials":
          convertToJobCredentials(context, value);
          break;
        case "env":
          env = value.assertMapping("container env");
          for (const envItem of env) {
            envItem.key.assertString("container env value");
          }
          break;
        case "ports":
          ports = value.assertSequence("container ports");
          for (const port of ports) {
            port.assertString("container port");
          }
          break;
        case "volumes":
          volumes = value.assertSequence("container volumes");
          for (const volume of volumes) {
            volume.assertString("container volume");
          }
          break;
        case "options":
          options = value.assertString("container options");
          break;
        default:
          context.error(key, `Unexpected container item key: ${key.value}`);
      }
    }
  if (!image) {
    context.error(container, "Container image cannot be empty");
  } else {
    return { image, env, ports, volumes, options };
  }
}
function convertToServiceContainer(context, container) {
  let image;
  let env;
  let ports;
  let volumes;
  let options;
  let entrypoint;
  let command;
  for (const [, token] of TemplateToken.traverse(container)) {
    if (token.isExpression) {
      return;
    }
  }
  if (isString(container)) {
    image = container.assertString("container item");
    return { image };
  }
  const mapping = container.assertMapping("container item");
  if (mapping)
    for (const item of mapping) {
      const key = item.key.assertString("container item key");
      const value = item.value;
      switch (key.value) {
        case "image":
          image = value.assertString("container image");
          break;
        case "credentials":
          convertToJobCredentials(context, value);
          break;
        case "env":
          env = value.assertMapping("container env");
          for (const envItem of env) {
            envItem.key.assertString("container env value");
          }
          break;
        case "ports":
          ports = value.assertSequence("container ports");
          for (const port of ports) {
            port.assertString("container port");
          }
          break;
        case "volumes":
          volumes = value.assertSequence("container volumes");
          for (const volume of volumes) {
            volume.assertString("container volume");
          }
          break;
        case "options":
          options = value.assertString("container options");
          break;
        case "entrypoint":
          entrypoint = value.assertString("container entrypoint");
          break;
        case "command":
          command = value.assertString("container command");
          break;
        default:
          context.error(key, `Unexpected container item key: ${key.value}`);
      }
    }
  if (!image) {
    context.error(container, "Container image cannot be empty");
  } else {
    return { image, env, ports, volumes, options, entrypoint, command };
  }
}
function convertToJobServices(context, services) {
  const serviceList = [];
  const mapping = services.assertMapping("services");
  for (const service of mapping) {
    service.key.assertString("service key");
    const container = convertToServiceContainer(context, service.value);
    if (container) {
      serviceList.push(container);
    }
  }
  return serviceList;
}
function convertToJobCredentials(context, value) {
  const mapping = value.assertMapping("credentials");
  let username;
  let password;
  for (const item of mapping) {
    const key = item.key.assertString("credentials item");
    const value2 = item.value;
    switch (key.value) {
      case "username":
        username = value2.assertString("credentials username");
        break;
      case "password":
        password = value2.assertString("credentials password");
        break;
      default:
        context.error(key, `credentials key ${key.value}`);
    }
  }
  return { username, password };
}
var init_container = __esm({
  "node_modules/@actions/workflow-parser/dist/model/converter/container.js"() {
    init_tokens();
    init_type_guards();
  }
});

// node_modules/@actions/workflow-parser/dist/model/converter/id-builder.js
var SEPARATOR, MAX_ATTEMPTS, MAX_LENGTH, IdBuilder;
var init_id_builder = __esm({
  "node_modules/@actions/workflow-parser/dist/model/converter/id-builder.js"() {
    SEPARATOR = "_";
    MAX_ATTEMPTS = 1e3;
    MAX_LENGTH = 100;
    IdBuilder = class {
      constructor() {
        this.name = [];
        this.distinctNames = /* @__PURE__ */ new Set();
      }
      appendSegment(value) {
        if (value.length === 0) {
          return;
        }
        if (this.name.length == 0) {
          const first = value[0];
          if (this.isAlpha(first) || first == "_") {
          } else if (this.isNumeric(first) || first == "-") {
            this.name.push("_");
          } else {
          }
        } else {
          this.name.push(SEPARATOR);
        }
        for (const c of value) {
          {
            if (this.isAlphaNumeric(c) || c == "_" || c == "-") {
              this.name.push(c);
            } else {
              this.name.push(SEPARATOR);
            }
          }
        }
      }
      build() {
        const original = this.name.length > 0 ? this.name.join("") : "job";
        let suffix2 = "";
        for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
          if (attempt === 1) {
            suffix2 = "";
          } else {
            suffix2 = `_${attempt}`;
          }
          const candidate = original.substring(0, Math.min(original.length, MAX_LENGTH - suffix2.length)) + suffix2;
          if (!this.distinctNames.has(candidate)) {
            this.distinctNames.add(candidate);
            this.name = [];
            return candidate;
          }
        }
        throw new Error("Unable to create a unique name");
      }
      /**
       * Adds a known identifier to the set of distinct ids.
       * @param value The value to add
       * @returns An error if the value is invalid, otherwise undefined
       */
      tryAddKnownId(value) {
        if (!value || !this.isValid(value) || value.length >= MAX_LENGTH) {
          return `The identifier '${value}' is invalid. IDs may only contain alphanumeric characters, '_', and '-'. IDs must start with a letter or '_' and and must be less than ${MAX_LENGTH} characters.`;
        }
        if (value.startsWith(SEPARATOR + SEPARATOR)) {
          return `The identifier '${value}' is invalid. IDs starting with '__' are reserved.`;
        }
        if (this.distinctNames.has(value)) {
          return `The identifier '${value}' may not be used more than once within the same scope.`;
        }
        this.distinctNames.add(value);
        return;
      }
      /**
       * A name is valid if it starts with a letter or underscore, and contains only
       * letters, numbers, underscores, and hyphens.
       * @param name The string name to validate
       * @returns Whether the name is valid
       */
      isValid(name2) {
        let first = true;
        for (const c of name2) {
          if (first) {
            first = false;
            if (!this.isAlpha(c) && c != "_") {
              return false;
            }
            continue;
          }
          if (!this.isAlphaNumeric(c) && c != "_" && c != "-") {
            return false;
          }
        }
        return true;
      }
      isAlphaNumeric(c) {
        return this.isAlpha(c) || this.isNumeric(c);
      }
      isNumeric(c) {
        return c >= "0" && c <= "9";
      }
      isAlpha(c) {
        return c >= "a" && c <= "z" || c >= "A" && c <= "Z";
      }
    };
  }
});

// node_modules/@actions/workflow-parser/dist/model/converter/job/environment.js
function convertToActionsEnvironmentRef(context, token) {
  const result = {};
  if (token.isExpression) {
    return result;
  }
  if (isScalar2(token)) {
    result.name = token;
    return result;
  }
  const environmentMapping = token.assertMapping("job environment");
  for (const property of environmentMapping) {
    const propertyName = property.key.assertString("job environment key");
    if (property.key.isExpression || property.value.isExpression) {
      continue;
    }
    switch (propertyName.value) {
      case "name":
        result.name = property.value.assertScalar("job environment name key");
        break;
      case "url":
        result.url = property.value;
        break;
      case "deployment": {
        const deploymentValue = property.value.assertBoolean("job environment deployment");
        if (deploymentValue.value === false) {
          result.skipDeployment = true;
        }
        break;
      }
    }
  }
  return result;
}
var init_environment = __esm({
  "node_modules/@actions/workflow-parser/dist/model/converter/job/environment.js"() {
    init_type_guards();
  }
});

// node_modules/@actions/workflow-parser/dist/model/converter/job/runs-on.js
function convertRunsOn(context, token) {
  const labels = convertRunsOnLabels(token);
  if (!isMapping(token)) {
    return {
      labels,
      group: ""
    };
  }
  let group = "";
  for (const item of token) {
    const key = item.key.assertString("job runs-on property name");
    switch (key.value) {
      case "group": {
        if (item.value.isExpression) {
          continue;
        }
        const groupName = item.value.assertString("job runs-on group name").value;
        const names = groupName.split("/");
        switch (names.length) {
          case 1: {
            group = groupName;
            break;
          }
          case 2: {
            if (!["org", "organization", "ent", "enterprise"].includes(names[0])) {
              context.error(item.value, `Invalid runs-on group name '${groupName}. Please use 'organization/' or 'enterprise/' prefix to target a single runner group.'`);
              continue;
            }
            if (!names[1]) {
              context.error(item.value, `Invalid runs-on group name '${groupName}'.`);
              continue;
            }
            group = groupName;
            break;
          }
          default: {
            context.error(item.value, `Invalid runs-on group name '${groupName}. Please use 'organization/' or 'enterprise/' prefix to target a single runner group.'`);
            break;
          }
        }
        break;
      }
      case "labels": {
        const mapLabels = convertRunsOnLabels(item.value);
        for (const label of mapLabels) {
          labels.add(label);
        }
        break;
      }
    }
  }
  return {
    labels,
    group
  };
}
function convertRunsOnLabels(token) {
  const labels = /* @__PURE__ */ new Set();
  if (token.isExpression) {
    return labels;
  }
  if (isString(token)) {
    labels.add(token.value);
    return labels;
  }
  if (isSequence(token)) {
    for (const item of token) {
      if (item.isExpression) {
        continue;
      }
      const label = item.assertString("job runs-on label sequence item");
      labels.add(label.value);
    }
  }
  return labels;
}
var init_runs_on = __esm({
  "node_modules/@actions/workflow-parser/dist/model/converter/job/runs-on.js"() {
    init_type_guards();
  }
});

// node_modules/@actions/workflow-parser/dist/model/type-guards.js
function isActionStep(step) {
  return step.uses !== void 0;
}
function isReusableWorkflowJob(job) {
  return job.type === "reusableWorkflowJob";
}
var init_type_guards2 = __esm({
  "node_modules/@actions/workflow-parser/dist/model/type-guards.js"() {
  }
});

// node_modules/@actions/workflow-parser/dist/model/converter/steps.js
function convertSteps(context, steps) {
  if (!isSequence(steps)) {
    context.error(steps, "Invalid format for steps");
    return [];
  }
  const idBuilder = new IdBuilder();
  const knownStepIds = /* @__PURE__ */ new Set();
  const result = [];
  for (const item of steps) {
    const step = handleTemplateTokenErrors(steps, context, void 0, () => convertStep(context, idBuilder, knownStepIds, item));
    if (step) {
      result.push(step);
    }
  }
  for (const step of result) {
    if (step.id) {
      continue;
    }
    let id = "";
    if (isActionStep(step)) {
      id = createActionStepId(step);
    } else if ("wait" in step) {
      id = "wait";
    } else if ("wait-all" in step) {
      id = "wait-all";
    } else if ("cancel" in step) {
      id = "cancel";
    } else if ("parallel" in step) {
      id = "parallel";
    }
    if (!id) {
      id = "run";
    }
    idBuilder.appendSegment(`__${id}`);
    step.id = idBuilder.build();
  }
  return result;
}
function convertStep(context, idBuilder, knownStepIds, step) {
  const mapping = step.assertMapping("steps item");
  let run2;
  let id;
  let name2;
  let uses;
  let background;
  let wait;
  let waitAll;
  let cancel;
  let parallel;
  let continueOnError;
  let env;
  let ifCondition;
  for (const item of mapping) {
    const key = item.key.assertString("steps item key");
    switch (key.value) {
      case "id":
        id = item.value.assertString("steps item id");
        if (id) {
          const error = idBuilder.tryAddKnownId(id.value);
          if (error) {
            context.error(id, error);
          } else {
            knownStepIds.add(id.value);
          }
        }
        break;
      case "name":
        name2 = item.value.assertScalar("steps item name");
        break;
      case "run":
        run2 = item.value.assertScalar("steps item run");
        break;
      case "uses":
        uses = item.value.assertString("steps item uses");
        break;
      case "background":
        background = item.value.assertBoolean("steps item background").value;
        break;
      case "wait":
        wait = convertWaitTargets(context, knownStepIds, item.value, id);
        break;
      case "wait-all":
        waitAll = convertWaitAllValue(context, item.value);
        break;
      case "cancel":
        cancel = item.value.assertString("steps item cancel");
        validateTargetStepId(context, knownStepIds, cancel, id);
        break;
      case "parallel":
        parallel = item.value;
        break;
      case "env":
        env = item.value.assertMapping("step env");
        break;
      case "if":
        ifCondition = convertToIfCondition(context, item.value);
        break;
      case "continue-on-error":
        if (!item.value.isExpression) {
          continueOnError = item.value.assertBoolean("steps item continue-on-error").value;
        } else {
          continueOnError = item.value.assertScalar("steps item continue-on-error");
        }
    }
  }
  if (run2) {
    return {
      id: id?.value || "",
      name: name2,
      if: ifCondition || new BasicExpressionToken(void 0, void 0, "success()", void 0, void 0, void 0),
      "continue-on-error": continueOnError,
      env,
      run: run2,
      background
    };
  }
  if (uses) {
    return {
      id: id?.value || "",
      name: name2,
      if: ifCondition || new BasicExpressionToken(void 0, void 0, "success()", void 0, void 0, void 0),
      "continue-on-error": continueOnError,
      env,
      uses,
      background
    };
  }
  if (wait) {
    return {
      id: id?.value || "",
      name: name2 || createSyntheticStepName("Wait"),
      "continue-on-error": continueOnError,
      wait
    };
  }
  if (waitAll !== void 0) {
    return {
      id: id?.value || "",
      name: name2 || createSyntheticStepName("Wait for all"),
      "continue-on-error": continueOnError,
      "wait-all": waitAll
    };
  }
  if (cancel) {
    return {
      id: id?.value || "",
      name: name2 || createSyntheticStepName("Cancel"),
      "continue-on-error": continueOnError,
      cancel
    };
  }
  if (parallel) {
    const parallelSteps = convertSteps(context, parallel);
    for (const ps of parallelSteps) {
      if ("background" in ps && ps.background !== void 0) {
        context.error(step, "'background' is not allowed inside a parallel block. Steps in a parallel block are automatically run as background steps.");
      }
      if ("wait" in ps) {
        context.error(step, "'wait' is not allowed inside a parallel block.");
      }
      if ("wait-all" in ps) {
        context.error(step, "'wait-all' is not allowed inside a parallel block.");
      }
      if ("cancel" in ps) {
        context.error(step, "'cancel' is not allowed inside a parallel block.");
      }
      if ("parallel" in ps) {
        context.error(step, "Nested 'parallel' blocks are not allowed.");
      }
    }
    return {
      id: id?.value || "",
      name: name2 || createSyntheticStepName("Parallel group"),
      parallel: parallelSteps
    };
  }
  context.error(step, context.state.featureFlags?.isEnabled("allowBackgroundSteps") ? "Expected one of uses, run, wait, wait-all, cancel, or parallel to be defined" : "Expected one of uses or run to be defined");
}
function createActionStepId(step) {
  const uses = step.uses.value;
  if (uses.startsWith("docker://")) {
    return uses.substring("docker://".length);
  }
  if (uses.startsWith("./") || uses.startsWith(".\\")) {
    return "self";
  }
  if (uses.startsWith("$/")) {
    return "self";
  }
  const segments = uses.split("@");
  if (segments.length != 2) {
    return "";
  }
  const pathSegments = segments[0].split(/[\\/]/).filter((s) => s.length > 0);
  const gitRef = segments[1];
  if (pathSegments.length >= 2 && pathSegments[0] && pathSegments[1] && gitRef) {
    return `${pathSegments[0]}/${pathSegments[1]}`;
  }
  return "";
}
function createSyntheticStepName(value) {
  return new StringToken(void 0, void 0, value, void 0, void 0, void 0);
}
function convertWaitTargets(context, knownStepIds, token, ownStepId) {
  if (token instanceof StringToken) {
    validateTargetStepId(context, knownStepIds, token, ownStepId);
    return [token];
  }
  const sequence = token.assertSequence("steps item wait");
  const targets = [];
  for (let i = 0; i < sequence.count; i++) {
    const target = sequence.get(i).assertString("steps item wait item");
    validateTargetStepId(context, knownStepIds, target, ownStepId);
    targets.push(target);
  }
  return targets;
}
function convertWaitAllValue(context, token) {
  if (token instanceof NullToken) {
    return true;
  }
  const value = token.assertBoolean("steps item wait-all").value;
  if (!value) {
    context.error(token, "The value of 'wait-all' must be true or omitted");
  }
  return true;
}
function validateTargetStepId(context, knownStepIds, target, ownStepId) {
  if (target.value.startsWith("__")) {
    context.error(target, `The identifier '${target.value}' is invalid. IDs starting with '__' are reserved.`);
  } else if (ownStepId && target.value.toLowerCase() === ownStepId.value.toLowerCase()) {
    context.error(target, `Step '${ownStepId.value}' cannot reference itself`);
  } else if (!knownStepIds.has(target.value)) {
    context.error(target, `Step references unknown step ID '${target.value}'`);
  }
}
var init_steps = __esm({
  "node_modules/@actions/workflow-parser/dist/model/converter/steps.js"() {
    init_tokens();
    init_type_guards();
    init_type_guards2();
    init_if_condition();
    init_handle_errors();
    init_id_builder();
  }
});

// node_modules/@actions/workflow-parser/dist/model/converter/job.js
function convertJob(context, jobKey, token) {
  const error = new IdBuilder().tryAddKnownId(jobKey.value);
  if (error) {
    context.error(jobKey, error);
  }
  let concurrency, container, env, environment2, ifCondition, name2, outputs, runsOn, services, strategy, snapshot;
  let needs = void 0;
  let steps = [];
  let workflowJobRef;
  let workflowJobInputs;
  let inheritSecrets = false;
  let workflowJobSecrets;
  for (const item of token) {
    const propertyName = item.key.assertString("job property name");
    switch (propertyName.value) {
      case "concurrency":
        handleTemplateTokenErrors(item.value, context, void 0, () => convertConcurrency(context, item.value));
        concurrency = item.value;
        break;
      case "container":
        convertToJobContainer(context, item.value);
        container = item.value;
        break;
      case "env":
        handleTemplateTokenErrors(item.value, context, void 0, () => {
          env = item.value.assertMapping("job env");
        });
        break;
      case "environment":
        handleTemplateTokenErrors(item.value, context, void 0, () => convertToActionsEnvironmentRef(context, item.value));
        environment2 = item.value;
        break;
      case "if":
        ifCondition = convertToIfCondition(context, item.value);
        break;
      case "name":
        name2 = item.value.assertScalar("job name");
        break;
      case "needs": {
        needs = [];
        if (isString(item.value)) {
          const jobNeeds = item.value.assertString("job needs id");
          needs.push(jobNeeds);
        }
        if (isSequence(item.value)) {
          for (const seqItem of item.value) {
            const jobNeeds = seqItem.assertString("job needs id");
            needs.push(jobNeeds);
          }
        }
        break;
      }
      case "outputs":
        handleTemplateTokenErrors(item.value, context, void 0, () => {
          outputs = item.value.assertMapping("job outputs");
        });
        break;
      case "runs-on":
        handleTemplateTokenErrors(item.value, context, void 0, () => convertRunsOn(context, item.value));
        runsOn = item.value;
        break;
      case "services":
        convertToJobServices(context, item.value);
        services = item.value;
        break;
      case "snapshot":
        snapshot = item.value;
        break;
      case "steps":
        steps = convertSteps(context, item.value);
        break;
      case "strategy":
        strategy = item.value;
        break;
      case "uses":
        workflowJobRef = item.value.assertString("job uses value");
        break;
      case "with":
        handleTemplateTokenErrors(item.value, context, void 0, () => {
          workflowJobInputs = item.value.assertMapping("uses-with value");
        });
        break;
      case "secrets":
        if (isString(item.value) && item.value.value === "inherit") {
          inheritSecrets = true;
        } else {
          handleTemplateTokenErrors(item.value, context, void 0, () => {
            workflowJobSecrets = item.value.assertMapping("uses-secrets value");
          });
        }
        break;
    }
  }
  if (workflowJobRef !== void 0) {
    return {
      type: "reusableWorkflowJob",
      id: jobKey,
      name: jobName(name2, jobKey),
      needs: needs || [],
      if: ifCondition || new BasicExpressionToken(void 0, void 0, "success()", void 0, void 0, void 0),
      ref: workflowJobRef,
      "input-definitions": void 0,
      "input-values": workflowJobInputs,
      "secret-definitions": void 0,
      "secret-values": workflowJobSecrets,
      "inherit-secrets": inheritSecrets || void 0,
      outputs: void 0,
      concurrency,
      strategy
    };
  } else {
    return {
      type: "job",
      id: jobKey,
      name: jobName(name2, jobKey),
      needs,
      if: ifCondition || new BasicExpressionToken(void 0, void 0, "success()", void 0, void 0, void 0),
      env,
      concurrency,
      environment: environment2,
      strategy,
      "runs-on": runsOn,
      container,
      services,
      outputs,
      steps,
      snapshot
    };
  }
}
function jobName(name2, jobKey) {
  if (name2 === void 0) {
    return jobKey;
  }
  if (isString(name2) && name2.value === "") {
    return jobKey;
  }
  return name2;
}
var init_job = __esm({
  "node_modules/@actions/workflow-parser/dist/model/converter/job.js"() {
    init_tokens();
    init_type_guards();
    init_if_condition();
    init_concurrency();
    init_container();
    init_handle_errors();
    init_id_builder();
    init_environment();
    init_runs_on();
    init_steps();
  }
});

// node_modules/@actions/workflow-parser/dist/model/converter/jobs.js
function convertJobs(context, token) {
  if (isMapping(token)) {
    const result = [];
    const jobsWithSatisfiedNeeds = [];
    const alljobsWithUnsatisfiedNeeds = [];
    for (const item of token) {
      const jobKey = item.key.assertString("job name");
      const jobDef = item.value.assertMapping(`job ${jobKey.value}`);
      const job = handleTemplateTokenErrors(token, context, void 0, () => convertJob(context, jobKey, jobDef));
      if (job) {
        result.push(job);
        const node = {
          name: job.id.value,
          needs: Object.assign([], job.needs)
        };
        if (node.needs.length > 0) {
          alljobsWithUnsatisfiedNeeds.push(node);
        } else {
          jobsWithSatisfiedNeeds.push(node);
        }
      }
    }
    validateNeeds(token, context, result, jobsWithSatisfiedNeeds, alljobsWithUnsatisfiedNeeds);
    return result;
  }
  context.error(token, "Invalid format for jobs");
  return [];
}
function validateNeeds(token, context, result, jobsWithSatisfiedNeeds, alljobsWithUnsatisfiedNeeds) {
  if (jobsWithSatisfiedNeeds.length == 0) {
    context.error(token, "The workflow must contain at least one job with no dependencies.");
    return;
  }
  while (jobsWithSatisfiedNeeds.length > 0) {
    const currentJob = jobsWithSatisfiedNeeds.shift();
    if (currentJob == void 0) {
      break;
    }
    for (let i = alljobsWithUnsatisfiedNeeds.length - 1; i >= 0; i--) {
      const unsatisfiedJob = alljobsWithUnsatisfiedNeeds[i];
      for (let j = unsatisfiedJob.needs.length - 1; j >= 0; j--) {
        const need = unsatisfiedJob.needs[j];
        if (need.value == currentJob.name) {
          unsatisfiedJob.needs.splice(j, 1);
          if (unsatisfiedJob.needs.length == 0) {
            jobsWithSatisfiedNeeds.push(unsatisfiedJob);
            alljobsWithUnsatisfiedNeeds.splice(i, 1);
          }
        }
      }
    }
  }
  if (alljobsWithUnsatisfiedNeeds.length > 0) {
    const jobNames = result.map((x) => x.id.value);
    for (const unsatisfiedJob of alljobsWithUnsatisfiedNeeds) {
      for (const need of unsatisfiedJob.needs) {
        if (jobNames.includes(need.value)) {
          context.error(need, `Job '${unsatisfiedJob.name}' depends on job '${need.value}' which creates a cycle in the dependency graph.`);
        } else {
          context.error(need, `Job '${unsatisfiedJob.name}' depends on unknown job '${need.value}'.`);
        }
      }
    }
  }
}
var init_jobs = __esm({
  "node_modules/@actions/workflow-parser/dist/model/converter/jobs.js"() {
    init_type_guards();
    init_handle_errors();
    init_job();
  }
});

// node_modules/@actions/workflow-parser/dist/model/converter/job/inputs.js
function convertWorkflowJobInputs(context, job) {
  const inputDefinitions = createTokenMap(job["input-definitions"]?.assertMapping("workflow job input definitions"), "inputs");
  const inputValues2 = createTokenMap(job["input-values"]?.assertMapping("workflow job input values"), "with");
  if (inputDefinitions !== void 0) {
    for (const [, [name2, value]] of inputDefinitions) {
      const inputSpec = createTokenMap(value.assertMapping(`input ${name2}`), `input ${name2} key`);
      const inputTypeToken = inputSpec?.get("type")?.[1];
      if (!inputTypeToken) {
        continue;
      }
      const inputSet = inputValues2 !== void 0 && inputValues2.has(name2.toLowerCase());
      const required = inputSpec.get("required")?.[1].assertBoolean(`input ${name2} required`).value;
      if (required && !inputSet) {
        context.error(job.ref, `Input ${name2} is required, but not provided while calling.`);
      }
    }
  }
  if (inputValues2 !== void 0) {
    for (const [, [name2, value]] of inputValues2) {
      if (!inputDefinitions?.has(name2.toLowerCase())) {
        context.error(value, `Invalid input, ${name2} is not defined in the referenced workflow.`);
      }
    }
  }
}
function createTokenMap(mapping, description2) {
  if (!mapping) {
    return void 0;
  }
  const result = /* @__PURE__ */ new Map();
  for (const item of mapping) {
    const name2 = item.key.assertString(`${description2} key`);
    result.set(name2.value.toLowerCase(), [name2.value, item.value]);
  }
  return result;
}
var init_inputs = __esm({
  "node_modules/@actions/workflow-parser/dist/model/converter/job/inputs.js"() {
  }
});

// node_modules/@actions/workflow-parser/dist/model/converter/job/secrets.js
function convertWorkflowJobSecrets(context, job) {
  if (job["inherit-secrets"]) {
    return;
  }
  const secretDefinitions = createTokenMap(job["secret-definitions"]?.assertMapping("workflow job secret definitions"), "secrets");
  const secretValues = createTokenMap(job["secret-values"]?.assertMapping("workflow job secret values"), "secrets");
  if (secretDefinitions !== void 0) {
    for (const [, [name2, value]] of secretDefinitions) {
      if (value instanceof NullToken) {
        continue;
      }
      const secretSpec = createTokenMap(value.assertMapping(`secret ${name2}`), `secret ${name2} key`);
      const required = secretSpec?.get("required")?.[1].assertBoolean(`secret ${name2} required`).value;
      if (required) {
        if (secretValues == void 0 || !secretValues.has(name2.toLowerCase())) {
          context.error(job.ref, `Secret ${name2} is required, but not provided while calling.`);
        }
      }
    }
  }
  if (secretValues !== void 0) {
    for (const [, [name2, value]] of secretValues) {
      if (!secretDefinitions?.has(name2.toLowerCase())) {
        context.error(value, `Invalid secret, ${name2} is not defined in the referenced workflow.`);
      }
    }
  }
}
var init_secrets = __esm({
  "node_modules/@actions/workflow-parser/dist/model/converter/job/secrets.js"() {
    init_tokens();
    init_inputs();
  }
});

// node_modules/@actions/workflow-parser/dist/model/converter/referencedWorkflow.js
function convertReferencedWorkflow(context, referencedWorkflow, job) {
  const mapping = referencedWorkflow.assertMapping("root");
  const tokenForErrors = job.ref;
  for (const pair2 of mapping) {
    const key = pair2.key.assertString("root key");
    switch (key.value) {
      case "on": {
        handleTemplateTokenErrors(tokenForErrors, context, void 0, () => convertReferencedWorkflowOn(context, pair2.value, job));
        break;
      }
      case "jobs": {
        job.jobs = handleTemplateTokenErrors(tokenForErrors, context, [], () => convertJobs(context, pair2.value));
        break;
      }
    }
  }
}
function convertReferencedWorkflowOn(context, on, job) {
  const tokenForErrors = job.ref;
  switch (on.templateTokenType) {
    case TokenType.String: {
      const event = on.assertString("Reference workflow on value").value;
      if (event === "workflow_call") {
        handleTemplateTokenErrors(tokenForErrors, context, void 0, () => convertWorkflowJobInputs(context, job));
        handleTemplateTokenErrors(tokenForErrors, context, void 0, () => convertWorkflowJobSecrets(context, job));
        return;
      }
      break;
    }
    case TokenType.Sequence: {
      const events = on.assertSequence("Reference workflow on value");
      for (const eventToken of events) {
        const event = eventToken.assertString(`Reference workflow on value ${eventToken}`).value;
        if (event === "workflow_call") {
          handleTemplateTokenErrors(tokenForErrors, context, void 0, () => convertWorkflowJobInputs(context, job));
          handleTemplateTokenErrors(tokenForErrors, context, void 0, () => convertWorkflowJobSecrets(context, job));
          return;
        }
      }
      break;
    }
    case TokenType.Mapping: {
      const eventMapping = on.assertMapping("Reference workflow on value");
      for (const pair2 of eventMapping) {
        const event = pair2.key.assertString(`Reference workflow on value ${pair2.key}`).value;
        if (event !== "workflow_call") {
          continue;
        }
        if (pair2.value.templateTokenType === TokenType.Null) {
          handleTemplateTokenErrors(tokenForErrors, context, void 0, () => convertWorkflowJobInputs(context, job));
          handleTemplateTokenErrors(tokenForErrors, context, void 0, () => convertWorkflowJobSecrets(context, job));
          return;
        }
        const definitions = pair2.value.assertMapping(`Reference workflow on value ${pair2.key}`);
        for (const definition of definitions) {
          const definitionKey = definition.key.assertString(`on-workflow_call-${definition.key}`).value;
          switch (definitionKey) {
            case "inputs":
              job["input-definitions"] = definition.value.assertMapping(`on-workflow_call-${definition.key}`);
              break;
            case "outputs":
              job.outputs = definition.value.assertMapping(`on-workflow_call-${definition.key}`);
              break;
            case "secrets":
              job["secret-definitions"] = definition.value.assertMapping(`on-workflow_call-${definition.key}`);
              break;
          }
        }
        handleTemplateTokenErrors(tokenForErrors, context, void 0, () => convertWorkflowJobInputs(context, job));
        handleTemplateTokenErrors(tokenForErrors, context, void 0, () => convertWorkflowJobSecrets(context, job));
        return;
      }
      break;
    }
  }
  context.error(tokenForErrors, "workflow_call key is not defined in the referenced workflow.");
}
var init_referencedWorkflow = __esm({
  "node_modules/@actions/workflow-parser/dist/model/converter/referencedWorkflow.js"() {
    init_types();
    init_handle_errors();
    init_inputs();
    init_secrets();
    init_jobs();
  }
});

// node_modules/@actions/workflow-parser/dist/model/convert.js
async function convertWorkflowTemplate(context, root, fileProvider, options = defaultOptions) {
  const result = {};
  const opts = getOptionsWithDefaults(options);
  context.state.featureFlags = opts.featureFlags;
  if (context.errors.getErrors().length > 0 && opts.errorPolicy === ErrorPolicy.ReturnErrorsOnly) {
    result.errors = context.errors.getErrors().map((x) => ({
      Message: x.message
    }));
    return result;
  }
  if (fileProvider === void 0 && opts.fetchReusableWorkflowDepth > 0) {
    context.error(root, new Error("A file provider is required to fetch reusable workflows"));
  }
  try {
    const rootMapping = root.assertMapping("root");
    for (const item of rootMapping) {
      const key = item.key.assertString("root key");
      switch (key.value) {
        case "on":
          result.events = handleTemplateTokenErrors(root, context, {}, () => convertOn(context, item.value));
          break;
        case "jobs":
          result.jobs = handleTemplateTokenErrors(root, context, [], () => convertJobs(context, item.value));
          break;
        case "concurrency":
          handleTemplateTokenErrors(root, context, {}, () => convertConcurrency(context, item.value));
          result.concurrency = item.value;
          break;
        case "env":
          result.env = item.value;
          break;
      }
    }
    for (const job of result.jobs || []) {
      if (isReusableWorkflowJob(job)) {
        if (opts.maxReusableWorkflowDepth === 0) {
          context.error(job.ref, new Error("Reusable workflows are not allowed"));
          continue;
        }
        if (opts.fetchReusableWorkflowDepth === 0 || fileProvider === void 0) {
          continue;
        }
        try {
          const file = await fileProvider.getFileContent(parseFileReference(job.ref.value));
          const workflow = parseWorkflow(file, context);
          if (!workflow.value) {
            continue;
          }
          convertReferencedWorkflow(context, workflow.value, job);
        } catch {
          context.error(job.ref, new Error("Unable to find reusable workflow"));
        }
      }
    }
  } catch (err) {
    if (err instanceof TemplateTokenError) {
      context.error(err.token, err);
    } else {
      context.error(root, err);
    }
  } finally {
    if (context.errors.getErrors().length > 0) {
      result.errors = context.errors.getErrors().map((x) => ({
        Message: x.message
      }));
    }
  }
  return result;
}
function getOptionsWithDefaults(options) {
  return {
    maxReusableWorkflowDepth: options.maxReusableWorkflowDepth !== void 0 ? options.maxReusableWorkflowDepth : defaultOptions.maxReusableWorkflowDepth,
    fetchReusableWorkflowDepth: options.fetchReusableWorkflowDepth !== void 0 ? options.fetchReusableWorkflowDepth : defaultOptions.fetchReusableWorkflowDepth,
    errorPolicy: options.errorPolicy !== void 0 ? options.errorPolicy : defaultOptions.errorPolicy,
    featureFlags: options.featureFlags ?? defaultOptions.featureFlags
  };
}
var ErrorPolicy, defaultOptions;
var init_convert = __esm({
  "node_modules/@actions/workflow-parser/dist/model/convert.js"() {
    init_features();
    init_template_token();
    init_file_reference();
    init_workflow_parser();
    init_concurrency();
    init_events();
    init_handle_errors();
    init_jobs();
    init_referencedWorkflow();
    init_type_guards2();
    (function(ErrorPolicy2) {
      ErrorPolicy2[ErrorPolicy2["ReturnErrorsOnly"] = 0] = "ReturnErrorsOnly";
      ErrorPolicy2[ErrorPolicy2["TryConversion"] = 1] = "TryConversion";
    })(ErrorPolicy || (ErrorPolicy = {}));
    defaultOptions = {
      maxReusableWorkflowDepth: 4,
      fetchReusableWorkflowDepth: 0,
      errorPolicy: ErrorPolicy.ReturnErrorsOnly,
      featureFlags: new FeatureFlags()
    };
  }
});

// node_modules/@actions/workflow-parser/dist/index.js
var dist_exports = {};
__export(dist_exports, {
  NoOperationTraceWriter: () => NoOperationTraceWriter,
  convertWorkflowTemplate: () => convertWorkflowTemplate,
  isBasicExpression: () => isBasicExpression,
  isBoolean: () => isBoolean,
  isLiteral: () => isLiteral,
  isMapping: () => isMapping,
  isNumber: () => isNumber,
  isScalar: () => isScalar2,
  isSequence: () => isSequence,
  isString: () => isString,
  parseWorkflow: () => parseWorkflow
});
var init_dist2 = __esm({
  "node_modules/@actions/workflow-parser/dist/index.js"() {
    init_convert();
    init_type_guards();
    init_trace_writer();
    init_workflow_parser();
  }
});

// app/main.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { join as join4 } from "node:path";
import { parseEnv } from "node:util";

// app/server.ts
import { createServer } from "node:http";
import { Probot } from "probot";

// src/github/client.ts
function paginateOf(client) {
  if (!client.paginate) throw new TypeError("the GitHub client has no paginate (use an Octokit with the paginate-rest plugin)");
  return client.paginate;
}
function asGitHubClient(octokit) {
  const candidate = octokit;
  if (!candidate || typeof candidate.request !== "function") throw new TypeError("expected an Octokit instance");
  return candidate;
}
function describeGitHubError(error) {
  const e = error;
  const unanswered = e?.request !== void 0 && e?.response === void 0;
  const status = typeof e?.status === "number" && !unanswered ? e.status : null;
  const message = e?.response?.data?.message ?? e?.message ?? String(error);
  return { status, message: message.split("\n")[0].replace(/ - https:\/\/docs\.github\.com\S*/, "") };
}
function isStatus(error, ...statuses) {
  return statuses.includes(error?.status ?? -1);
}
var DEFAULT_REQUEST_TIMEOUT_MS = 1e4;
function fetchWithTimeout(timeoutMs, base = globalThis.fetch) {
  return async (input, init = {}) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      return await base(input, { ...init, signal });
    } catch (error) {
      if (timeout.aborted && !init.signal?.aborted) throw new Error(`GitHub did not answer within ${timeoutMs} ms`, { cause: error });
      throw error;
    }
  };
}

// src/github/conditional-requests.ts
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
var MAX_CACHED_BYTES = 2 * 1024 * 1024;
function memoryStore(maxBytes = 64 * 1024 * 1024) {
  const cache = new LRUCache({ maxSize: maxBytes, sizeCalculation: (e) => e.size });
  return {
    async get(key) {
      return cache.get(key)?.value;
    },
    async set(key, value) {
      const size = JSON.stringify(value.data)?.length ?? 1;
      if (size <= MAX_CACHED_BYTES) cache.set(key, { value, size: Math.max(1, size) });
    }
  };
}
function redisStore(redis, prefix = "blast-radius:http:", ttlSeconds = 86400) {
  return {
    async get(key) {
      const text = await redis.get(prefix + key);
      if (!text) return void 0;
      try {
        return JSON.parse(text);
      } catch {
        return void 0;
      }
    },
    async set(key, value) {
      const text = JSON.stringify(value);
      if (text.length <= MAX_CACHED_BYTES) await redis.set(prefix + key, text, "EX", ttlSeconds);
    }
  };
}
var KEPT_HEADERS = ["link", "content-type", "etag", "last-modified"];
function useConditionalRequests(octokit, scope, store, observer = {}) {
  const client = octokit;
  client.hook.wrap("request", async (request, options) => {
    const endpoint = client.request.endpoint(options);
    if (endpoint.method !== "GET") {
      try {
        const response = await request(options);
        observer.onResponse?.(response.status, response.headers, endpoint.method);
        return response;
      } catch (error) {
        observe(observer, error, endpoint.method);
        throw error;
      }
    }
    const key = createHash("sha256").update(`${scope}
${endpoint.headers.accept ?? ""}
${endpoint.url}`).digest("hex");
    const cached2 = await store.get(key).catch(() => void 0);
    if (cached2) {
      options.headers = {
        ...options.headers ?? {},
        ...cached2.etag ? { "if-none-match": cached2.etag } : {},
        ...!cached2.etag && cached2.lastModified ? { "if-modified-since": cached2.lastModified } : {}
      };
    }
    try {
      const response = await request(options);
      observer.onResponse?.(response.status, response.headers, "GET");
      const etag = header(response.headers, "etag");
      const lastModified = header(response.headers, "last-modified");
      if (response.status === 200 && (etag || lastModified)) {
        const headers = {};
        for (const name2 of KEPT_HEADERS) {
          const value = header(response.headers, name2);
          if (value) headers[name2] = value;
        }
        await store.set(key, { ...etag ? { etag } : {}, ...lastModified ? { lastModified } : {}, status: 200, url: response.url, headers, data: response.data }).catch(() => void 0);
      }
      return response;
    } catch (error) {
      const status = error.status;
      const response = error.response;
      if (status === 304 && cached2) {
        observer.onResponse?.(304, response?.headers ?? {}, "GET");
        return { status: 200, url: cached2.url, headers: { ...response?.headers ?? {}, ...cached2.headers }, data: cached2.data };
      }
      observe(observer, error, "GET");
      throw error;
    }
  });
}
function observe(observer, error, method) {
  const e = error;
  if (typeof e.status === "number") observer.onResponse?.(e.status, e.response?.headers ?? {}, method);
}
function header(headers, name2) {
  const value = headers[name2] ?? headers[name2.toLowerCase()];
  return value === void 0 ? void 0 : String(value);
}

// src/engine/codeowners.ts
import { Minimatch } from "minimatch";
var CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
var OWNER = /^(@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9._-]+)?|[^@\s]+@[^@\s]+\.[^@\s]+)$/;
var MM = { dot: true, nocomment: true, nonegate: true, noext: true };
function parseCodeOwners(text) {
  const rules = [];
  const problems = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/\s+#.*$/, "").trim();
    if (content === "" || content.startsWith("#")) return;
    const [pattern, ...owners] = content.split(/\s+/);
    const column = raw.indexOf(pattern) + 1;
    const problem = patternProblem(pattern);
    if (problem) return void problems.push({ line, column, message: `"${pattern}": ${problem}` });
    for (const owner of owners) {
      if (!OWNER.test(owner)) problems.push({ line, column: raw.indexOf(owner) + 1, message: `"${owner}" is not an owner (@user, @org/team or an e-mail address)` });
    }
    rules.push({ line, pattern, owners, matches: compile(pattern) });
  });
  return problems.length ? { ok: false, problems } : { ok: true, rules };
}
function patternProblem(pattern) {
  if (pattern.startsWith("!")) return "negation with '!' does not work in CODEOWNERS";
  if (pattern.startsWith("\\#")) return "escaping '#' with '\\' does not work in CODEOWNERS";
  if (/[[\]]/.test(pattern)) return "character ranges with '[ ]' do not work in CODEOWNERS";
  if (pattern.includes("\\")) return "contains a backslash: paths use '/'";
  return null;
}
function compile(pattern) {
  let p = pattern;
  const directoryOnly = p.endsWith("/");
  if (directoryOnly) p = p.slice(0, -1);
  const anchored = p.includes("/");
  p = p.replace(/^\//, "");
  if (!anchored) p = `**/${p}`;
  const self = new Minimatch(p, MM);
  const ownsBelow = !p.endsWith("/*");
  return (path) => {
    if (!directoryOnly && self.match(path)) return true;
    if (!ownsBelow && !directoryOnly) return false;
    for (let slash = path.indexOf("/"); slash > 0; slash = path.indexOf("/", slash + 1)) {
      if (self.match(path.slice(0, slash))) return true;
    }
    return false;
  };
}
function ownerRuleOf(rules, path) {
  for (let i = rules.length - 1; i >= 0; i--) if (rules[i].matches(path)) return rules[i];
  return null;
}
function ownerGroups(rules, paths) {
  const groups = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const rule = ownerRuleOf(rules, path);
    const owners = rule ? [...rule.owners].sort((a, b) => a.localeCompare(b)) : [];
    const key = owners.map((o) => o.toLowerCase()).join(" ");
    const group = groups.get(key) ?? { owners, files: [], lines: [] };
    group.files.push(path);
    if (rule && !group.lines.includes(rule.line)) group.lines.push(rule.line);
    groups.set(key, group);
  }
  return [...groups.values()];
}

// src/engine/owner-approvals.ts
function usesCodeOwners(policy) {
  return Object.values(policy.approvals).some((a) => a.code_owners) || policy.sandboxes.some((s) => s.approvals?.code_owners);
}
function codeOwnersNeed(file, files, tier, ranking) {
  const top = files.reduce((t, f) => ranking.max(t, f.tier), ranking.lowest);
  const from = ranking.rank(top) < ranking.rank(tier) ? top : tier;
  const paths = files.filter((f) => ranking.rank(f.tier) >= ranking.rank(from)).map((f) => f.path);
  const need = { source: file?.path ?? null, tier: from, groups: [], unowned: [], problems: [] };
  if (file === void 0) return { ...need, problems: ["CODEOWNERS was not read, so code owners cannot be required"] };
  if (file === null) return { ...need, problems: [`no CODEOWNERS file was found (looked in ${CODEOWNERS_LOCATIONS.join(", ")})`] };
  const parsed = parseCodeOwners(file.text);
  if (!parsed.ok) return { ...need, problems: parsed.problems.map((p) => `${file.path}:${p.line}:${p.column}: ${p.message}`) };
  for (const group of ownerGroups(parsed.rules, paths)) {
    if (group.owners.length === 0) need.unowned.push(...group.files);
    else need.groups.push(group);
  }
  return need;
}
var isEmail = (owner) => !owner.startsWith("@");
async function ownerGroupStatuses(need, approvers2, isTeamMember) {
  return Promise.all(
    need.groups.map(async (group) => {
      const status = { owners: group.owners, files: group.files, approvedBy: [], unknown: [], emailOwners: group.owners.filter(isEmail) };
      const githubOwners = group.owners.filter((o) => !isEmail(o)).map(parseApprover);
      for (const login2 of approvers2) {
        if (githubOwners.some((o) => "user" in o && o.user.toLowerCase() === login2.toLowerCase())) {
          status.approvedBy.push(login2);
          continue;
        }
        const teams2 = githubOwners.flatMap((o) => "team" in o ? [o.team] : []);
        const answers = await Promise.all(teams2.map((team) => isTeamMember(team, login2)));
        if (answers.includes("member")) status.approvedBy.push(login2);
        else if (answers.includes("unknown")) status.unknown.push({ login: login2, teams: teams2.filter((_, i) => answers[i] === "unknown") });
      }
      return status;
    })
  );
}
function missingOwners(statuses) {
  const owners = statuses.filter((s) => s.approvedBy.length === 0).flatMap((s) => s.owners.filter((o) => !isEmail(o)));
  return [...new Set(owners)];
}

// src/engine/approvals.ts
function parseApprover(entry) {
  return entry.startsWith("@") && entry.includes("/") ? { team: entry.slice(1) } : { user: entry.replace(/^@/, "") };
}
var sameLogin = (a, b) => a.toLowerCase() === b.toLowerCase();
function latestVerdicts(reviews) {
  const latest = /* @__PURE__ */ new Map();
  for (const review of [...reviews].sort((a, b) => a.id - b.id)) {
    if (review.state === "COMMENTED" || review.state === "PENDING") continue;
    latest.set(review.login.toLowerCase(), review);
  }
  return [...latest.values()];
}
function approvalCandidates(reviews, context) {
  const candidates = [];
  const ignored = [];
  for (const review of latestVerdicts(reviews)) {
    if (review.state !== "APPROVED") continue;
    if (review.isBot || /\[bot\]$/i.test(review.login)) ignored.push({ login: review.login, reason: "is a bot" });
    else if (sameLogin(review.login, context.author)) ignored.push({ login: review.login, reason: "is the author" });
    else if (review.commitId !== context.headSha) {
      ignored.push({ login: review.login, reason: `approved an earlier commit${review.commitId ? ` (${review.commitId.slice(0, 7)})` : ""}` });
    } else if (context.headPusher === null) {
      ignored.push({ login: review.login, reason: "cannot be told apart from whoever pushed the latest commit (GitHub does not say who did)" });
    } else if (context.headPusher !== void 0 && sameLogin(review.login, context.headPusher)) {
      ignored.push({ login: review.login, reason: "pushed the latest commit, and a push needs someone else's approval" });
    } else candidates.push(review.login);
  }
  return { candidates, ignored };
}
async function isAllowedApprover(login2, from, isTeamMember) {
  if (!from) return { allowed: true };
  const who = from.map(parseApprover);
  if (who.some((w) => "user" in w && sameLogin(w.user, login2))) return { allowed: true };
  const teams2 = who.flatMap((w) => "team" in w ? [w.team] : []);
  const answers = await Promise.all(teams2.map((team) => isTeamMember(team, login2)));
  if (answers.includes("member")) return { allowed: true };
  return { allowed: false, unknownTeams: teams2.filter((_, i) => answers[i] === "unknown") };
}
async function evaluateApprovals(requirement, reviews, context) {
  const { candidates, ignored } = approvalCandidates(reviews, context);
  const answers = await Promise.all(candidates.map((login2) => isAllowedApprover(login2, requirement.from, context.isTeamMember)));
  const approvedBy = [];
  const unknown = [];
  candidates.forEach((login2, i) => {
    const answer = answers[i];
    if (answer.allowed) approvedBy.push(login2);
    else if (answer.unknownTeams.length > 0) unknown.push({ login: login2, teams: answer.unknownTeams });
    else ignored.push({ login: login2, reason: `is not in ${requirement.from.join(", ")}` });
  });
  const missing = Math.max(0, requirement.count - approvedBy.length);
  if (!requirement.codeOwners) return { requirement, met: missing === 0, approvedBy, ignored, unknown, missing };
  const codeOwners = await ownerGroupStatuses(requirement.codeOwners, candidates, context.isTeamMember);
  const ownersMet = requirement.codeOwners.problems.length === 0 && codeOwners.every((g) => g.approvedBy.length > 0);
  return { requirement, met: missing === 0 && ownersMet, approvedBy, ignored, unknown, missing, codeOwners };
}

// src/policy/names.ts
var DEFAULT_TIERS = ["low", "medium", "high", "critical"];
var DEFAULT_POLICY_PATH = ".github/blast-radius.yml";
var DEFAULT_POLICY_NAME = "built-in default policy";

// src/render/escape.ts
var INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function visible(value) {
  return value.replace(INVISIBLE, (c) => NAMED[c] ?? `\\u{${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}}`);
}
function markdownText(value) {
  return visible(value).replace(/[\\`*_[\]<>|&~$!#]/g, "\\$&");
}
function markdownCode(value, inTable = true) {
  let text = visible(value);
  if (inTable) text = text.replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run2) => run2.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

// src/render/shipping.ts
function originText(origin) {
  return `${origin.file}:${origin.line}${origin.via ? ` via ${origin.via}` : ""}`;
}
function environmentText(environment2, origin) {
  if (origin?.expression) return `${environment2} (${origin.expression})`;
  if (origin?.withoutEnvironment) return `${environment2} (no job names an environment; discover.workflows.without_environment)`;
  return environment2;
}
function routeText(route) {
  return route.join(" \u2192 ");
}
var EVERY_FILE = "no path filters: every changed file ships to it";
function targetReasonDetails(reason) {
  const parts = [];
  if (reason.route) parts.push(`via ${routeText(reason.route)}`);
  if (reason.origin) parts.push(`from ${originText(reason.origin)}${reason.everyFile ? `, ${EVERY_FILE}` : ""}`);
  return parts.length ? ` (${parts.join("; ")})` : "";
}
function targetTouchedDetails(target) {
  const parts = [];
  const through = target.throughDependency?.length ?? 0;
  if (through) parts.push(`${plural(through, "file")} through dependencies`);
  if (target.origin) parts.push(`from ${originText(target.origin)}`);
  if (target.everyFile) parts.push(EVERY_FILE);
  return parts;
}
function neverShipText(file) {
  return file.neverShip ? `never ships (never_ship "${file.neverShip}")` : null;
}

// src/render/words.ts
function plural(count2, one, many = `${one}s`) {
  return `${count2} ${count2 === 1 ? one : many}`;
}
function either(names) {
  return names.length <= 1 ? names[0] ?? "" : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}
var KIND_WORD = { rule: "rule", target: "target", sandbox: "sandbox" };
function overriddenPhrase(o, style) {
  return KIND_WORD[o.kind] ? `${KIND_WORD[o.kind]} ${style.name(o.name)} (${o.tier})` : `${o.kind} (${o.tier})`;
}
function sizedUpPhrase(sized, tier) {
  return `${tier} past its size: ${sized.description}; its own tier is ${sized.from}`;
}
function reasonPhrase(reason, style) {
  const via = reason.viaPreviousPath ? ` (previous path ${style.path(reason.viaPreviousPath)})` : "";
  switch (reason.kind) {
    case "rule":
      if (reason.precedence === "set") {
        const overriding = reason.overrides?.length ? `, overriding ${reason.overrides.map((o) => overriddenPhrase(o, style)).join(", ")}` : "";
        return `tier set to ${reason.tier} by rule ${style.name(reason.name)}${overriding}${via}`;
      }
      return `rule ${style.name(reason.name)}${via}`;
    case "target": {
      const sized = reason.sizedUp ? ` (${sizedUpPhrase(reason.sizedUp, reason.tier)})` : "";
      const environment2 = style.text(environmentText(reason.environment ?? "", reason.origin));
      return `target ${style.name(reason.name)} ${style.arrow} ${environment2}${sized}${via}${style.text(targetReasonDetails(reason))}`;
    }
    case "sandbox":
      return `sandbox ${style.name(reason.name)}${via}`;
    case "policy-file":
      return `the policy file itself${via}`;
    case "workflow":
      return `a GitHub Actions workflow (always the highest tier)${via}`;
    case "default":
      return `no rule matches${via}${style.defaultTier}`;
  }
}
function targetTier(target) {
  return target.sizedUp ? `${target.tier} (${sizedUpPhrase(target.sizedUp, target.tier).replace(/^\S+ /, "")})` : target.tier;
}
function loweredNote(target, path) {
  const lowered = target.lowered ?? [];
  return lowered.length ? `; given another tier by a \`set\` rule, so not counted for its size or escalations: ${lowered.map(path).join(", ")}` : "";
}
function fromApprovers(from) {
  if (!from || from.length === 0) return "";
  return ` from ${either(from.map((f) => f.startsWith("@") ? f : `@${f}`))}`;
}
function approvalsPhrase(count2, from, more = false) {
  return `${plural(count2, more ? "more approval" : "approval", more ? "more approvals" : "approvals")}${fromApprovers(from)}`;
}
function codeOwnersPhrase(groups) {
  return `a code owner's approval from ${groups.map((g) => either(g.owners)).join(" and from ")}`;
}
function codeOwnersLines(need, statuses, style) {
  const lines = [];
  const source = need.source ? style.path(need.source) : "CODEOWNERS";
  for (const problem of need.problems) lines.push(`${source} cannot be used, so no code owner can approve: ${style.text(problem)}`);
  if (need.problems.length) return lines;
  const groups = statuses ?? need.groups;
  for (const g of groups) {
    const files = g.files.slice(0, 5).map(style.path).join(", ") + (g.files.length > 5 ? ` and ${g.files.length - 5} more` : "");
    const state = !statuses ? "needs one of them" : g.approvedBy?.length ? `approved by ${g.approvedBy.map((l) => `@${l}`).join(", ")}` : "not approved yet";
    const email = g.emailOwners?.length ? ` (${g.emailOwners.join(", ")}: an e-mail owner cannot be matched to a GitHub login, so only the other owners can approve)` : "";
    const doubt = g.unknown?.length && !g.approvedBy?.length ? ` (${g.unknown.map((u) => `cannot tell whether @${u.login} is in ${either(u.teams.map((t) => `@${t}`))}`).join("; ")}: the token cannot read team membership)` : "";
    lines.push(`${either(g.owners.map(style.text))}: ${state}${doubt}${email} \u2014 ${plural(g.files.length, "file")}: ${files}`);
  }
  if (need.unowned.length) {
    lines.push(`No code owner (${plural(need.unowned.length, "file")} at ${need.tier} or above): ${need.unowned.slice(0, 10).map(style.path).join(", ")}${need.unowned.length > 10 ? ` and ${need.unowned.length - 10} more` : ""}`);
  }
  return lines;
}
var decisionWords = {
  incompleteList: (listed, total) => `${total > listed ? `GitHub listed ${listed} of ${total} changed files` : `GitHub listed ${listed} changed files, as many as it lists, so there may be more`}; files that cannot be seen cannot be judged, so the pull request takes the highest tier`,
  policyChanged: (paths) => `${paths.join(", ")} changed; a pull request cannot loosen its own policy, so it takes the highest tier`,
  workflowChanged: (paths) => `${paths.join(", ")} changed; a workflow can skip or replace the Blast Radius check, so it takes the highest tier`,
  /** "2 deploy targets touched in production (more than 1): payments, web" */
  measure: (value, noun, limit, named) => `${value ?? "unknown"} ${noun} (more than ${limit})${named ? `: ${named.join(", ")}` : ""}`,
  inEnvironments: (environments) => `in ${environments.join(" or ")}`,
  atOrAbove: (tier) => `at ${tier} or above`,
  filesAtOrAbove: (tier) => `of files at ${tier} or above`,
  directOnly: "that a changed file lies in (not through a dependency)",
  withoutNeverShip: "leaving out never_ship files",
  escalationUnchecked: (index, condition) => `Line counts are unknown, so escalate[${index}] (${condition}) was not checked.`,
  targetFilesChanged: (count2, limit) => `${count2} of its files changed (more than ${limit})`,
  targetLinesChanged: (lines, limit) => `${lines} changed lines in its files (more than ${limit})`,
  sizeUnchecked: (target, limit) => `Line counts are unknown, so the size of target ${target} (changed_lines_over: ${limit}) was not checked.`,
  sandboxLinesUnknown: (limit) => `line counts are unknown, so its limit of ${limit} changed lines cannot be checked`,
  sandboxOverBudget: (lines, limit) => `${lines} changed lines is over its limit of ${limit}`,
  unknownBase: "The base branch is unknown, so every deploy target counts, whatever its `branches` or `branches_ignore`.",
  noFiles: "The pull request changes no files."
};

// src/engine/approval-requirement.ts
function own(record2, key) {
  return Object.hasOwn(record2, key) ? record2[key] : void 0;
}
function approvalRequirement(input) {
  const requirement = input.sandboxed ? sandboxRequirement(input) : tierRequirement(input.policy, input.tier);
  if (requirement?.code_owners) {
    const tier = input.sandboxed ? input.ranking.lowest : input.tier;
    return { ...requirement, codeOwners: codeOwnersNeed(input.codeOwners, input.files, tier, input.ranking) };
  }
  return requirement && requirement.count > 0 ? requirement : null;
}
function tierRequirement(policy, tier) {
  const rule = own(policy.approvals, tier);
  return rule ? { ...rule, source: `tier ${tier}` } : null;
}
function sandboxRequirement({ policy, sandboxes, ranking }) {
  const strictest = policy.sandboxes.filter((s) => s.approvals && sandboxes.has(s.name)).map((s) => ({ ...s.approvals, source: `sandbox ${s.name}` })).sort((a, b) => b.count - a.count || (b.from ? 1 : 0) - (a.from ? 1 : 0));
  return strictest[0] ?? tierRequirement(policy, ranking.lowest);
}

// src/engine/sandboxes.ts
var hasLines = (f) => f.additions !== void 0 && f.deletions !== void 0;
var linesOf = (f) => (f.additions ?? 0) + (f.deletions ?? 0);
function sandboxUses(perFile, policy) {
  const uses = /* @__PURE__ */ new Map();
  if (policy.sandboxes.length === 0) return uses;
  for (const { file, paths } of perFile) {
    for (let k = 0; k < paths.length; k++) {
      for (const area of paths[k].areas) {
        if (area.kind !== "sandbox") continue;
        if (k > 0 && paths.slice(0, k).some((earlier) => earlier.areas.includes(area))) continue;
        let use = uses.get(area.name);
        if (!use) uses.set(area.name, use = { name: area.name, files: [], changedLines: 0, counts: true });
        use.files.push(file.path);
        use.changedLines = use.changedLines === null || !hasLines(file) ? null : use.changedLines + linesOf(file);
      }
    }
  }
  for (const sandbox of policy.sandboxes) {
    const use = uses.get(sandbox.name);
    if (use && sandbox.max_changed_lines !== void 0) checkBudget(use, sandbox.max_changed_lines);
  }
  return uses;
}
function checkBudget(use, limit) {
  use.maxChangedLines = limit;
  if (use.changedLines === null) {
    use.counts = false;
    use.note = decisionWords.sandboxLinesUnknown(limit);
  } else if (use.changedLines > limit) {
    use.counts = false;
    use.note = decisionWords.sandboxOverBudget(use.changedLines, limit);
  }
}
function countingSandbox(p, uses) {
  return p.areas.find((a) => a.kind === "sandbox" && uses.get(a.name)?.counts)?.name;
}

// src/discover/path-filter.ts
function filterPatternRegExp(pattern) {
  const atoms = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "*" && pattern[i + 1] === "*") {
      i++;
      if (pattern[i + 1] === "/") {
        i++;
        atoms.push("(?:.*/)?");
      } else atoms.push(".*");
    } else if (ch === "*") atoms.push("[^/]*");
    else if ((ch === "?" || ch === "+") && atoms.length > 0 && !atoms[atoms.length - 1].endsWith("?") && !atoms[atoms.length - 1].endsWith("+")) {
      atoms[atoms.length - 1] = `(?:${atoms[atoms.length - 1]})${ch}`;
    } else if (ch === "[") {
      const end = pattern.indexOf("]", i + 1);
      if (end === -1) atoms.push("\\[");
      else {
        const body = pattern.slice(i + 1, end).replace(/[\\\]^]/g, (c) => `\\${c}`);
        atoms.push(`[${body}]`);
        i = end;
      }
    } else if (ch === "\\" && i + 1 < pattern.length) {
      i++;
      atoms.push(escapeRegExp(pattern[i]));
    } else atoms.push(escapeRegExp(ch));
  }
  return new RegExp(`^${atoms.join("")}$`);
}
function escapeRegExp(ch) {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}
var FilterList = class {
  constructor(source) {
    this.source = source;
    this.patterns = source.map((p) => p.startsWith("!") ? { negated: true, regexp: filterPatternRegExp(p.slice(1)) } : { negated: false, regexp: filterPatternRegExp(p) });
  }
  source;
  patterns;
  /** The pattern that decides for `value`, or null when none matches. */
  decidingPattern(value) {
    for (let i = this.patterns.length - 1; i >= 0; i--) {
      if (this.patterns[i].regexp.test(value)) return { pattern: this.source[i], included: !this.patterns[i].negated };
    }
    return null;
  }
  includes(value) {
    return this.decidingPattern(value)?.included ?? false;
  }
};
function compileFilter(filter) {
  if (filter.include) {
    const list = new FilterList(filter.include);
    return (value) => {
      const decided = list.decidingPattern(value);
      return decided ? { passes: decided.included, pattern: decided.pattern } : { passes: false };
    };
  }
  if (filter.ignore) {
    const list = new FilterList(filter.ignore);
    return (value) => {
      const decided = list.decidingPattern(value);
      return decided?.included ? { passes: false, pattern: decided.pattern } : { passes: true, ...decided ? { pattern: decided.pattern } : {} };
    };
  }
  return () => ({ passes: true });
}
function filterPatternProblem(pattern) {
  if (pattern.trim() === "") return "is empty";
  try {
    filterPatternRegExp(pattern.replace(/^!/, ""));
  } catch {
    return "is not a valid filter pattern";
  }
  return null;
}

// src/engine/glob.ts
import { braceExpand, Minimatch as Minimatch2 } from "minimatch";

// src/policy/limits.ts
var MAX_POLICY_BYTES = 1048576;
var MAX_ALIASES = 100;
var MAX_VALUES = 1e5;
var MAX_TIERS = 20;
var MAX_RULES = 2e3;
var MAX_TARGETS = 1e3;
var MAX_SANDBOXES = 1e3;
var MAX_ESCALATIONS = 100;
var MAX_GLOBS_PER_LIST = 500;
var MAX_GLOBS = 2500;
var MAX_BRACE_EXPANSIONS = 1e3;
var MAX_PATTERNS = 5e3;
var MAX_MATCH_WORK = 5e7;
var MAX_APPROVERS = 100;
var MAX_NAME_LENGTH = 100;
var MAX_DESCRIPTION_LENGTH = 1e3;
var formatCount = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
var MAX_DEPTH = 20;
function measureValue(value, mayShare = true) {
  const sizes = mayShare ? /* @__PURE__ */ new Map() : void 0;
  const walking = mayShare ? /* @__PURE__ */ new Set() : void 0;
  let tooDeep = false;
  const size = (v, depth) => {
    if (v === null || typeof v !== "object") return 1;
    if (depth > MAX_DEPTH) {
      tooDeep = true;
      return Infinity;
    }
    const known = sizes?.get(v);
    if (known !== void 0) return known;
    if (walking?.has(v)) return Infinity;
    walking?.add(v);
    let total2 = 1;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length && total2 <= MAX_VALUES; i++) total2 += size(v[i], depth + 1);
    } else {
      for (const key in v) {
        total2 += size(v[key], depth + 1);
        if (total2 > MAX_VALUES) break;
      }
    }
    walking?.delete(v);
    sizes?.set(v, total2);
    return total2;
  };
  const total = size(value, 1);
  return tooDeep ? "too deep" : total > MAX_VALUES ? "too many values" : "ok";
}

// src/engine/glob.ts
var MAGIC = /[*?[\]{}()!+@\\]/;
var MM_OPTIONS = { dot: true, nocomment: true, nonegate: true };
function globProblem(pattern) {
  if (pattern.trim() === "") return "is empty";
  if (pattern !== pattern.trim()) return "has leading or trailing spaces";
  if (pattern.startsWith("!")) return "starts with '!': negation is not supported here, use `exclude` instead";
  if (pattern.includes("\\")) return "contains a backslash: paths use '/'";
  if (/(^|\/)\.\.?(\/|$)/.test(pattern.replace(/^\//, ""))) return "contains a '.' or '..' segment: paths are relative to the repository root";
  if (pattern.includes("//")) return "contains an empty segment ('//')";
  let square = 0;
  let curly = 0;
  for (const ch of pattern) {
    if (ch === "[") square++;
    else if (ch === "]") square = Math.max(0, square - 1);
    else if (ch === "{") curly++;
    else if (ch === "}") {
      if (curly === 0) return "has a '}' without a matching '{'";
      curly--;
    }
  }
  if (square > 0) return "has an unclosed '['";
  if (curly > 0) return "has an unclosed '{'";
  if (pattern.length > 1024) return "is longer than 1,024 characters";
  return null;
}
function braceExpansionCount(pattern, cap = MAX_BRACE_EXPANSIONS + 1) {
  return braceExpand(pattern, { ...MM_OPTIONS, braceExpandMax: Math.max(1, cap) }).length;
}
function scopedPattern(glob2) {
  let p = glob2;
  let anchored = false;
  if (p.startsWith("/")) {
    anchored = true;
    p = p.slice(1);
  }
  let directoryOnly = false;
  if (p.endsWith("/")) {
    directoryOnly = true;
    p = p.slice(0, -1);
  }
  if (!anchored && !p.includes("/")) p = `**/${p}`;
  if (p.endsWith("**")) return { pattern: p, scope: "self" };
  return { pattern: p, scope: directoryOnly ? "below" : "both" };
}
function expandGlob(glob2) {
  const { pattern, scope } = scopedPattern(glob2);
  return minimatchPatterns(pattern, scope);
}
var CompiledPattern = class {
  // Everything about the pattern is worked out on first use: a pull request touches few of a
  // large policy's patterns, and the policy is compiled for every evaluation.
  constructor(pattern, scope) {
    this.pattern = pattern;
    this.scope = scope;
  }
  pattern;
  scope;
  /** the index's numbers for the owners whose globs expand to this pattern */
  owners = [];
  /** the number of the last ownersOf call that tested this pattern, so a path tests it once */
  testedFor = 0;
  /** in an index bucket: a pattern only excludes use is tested on its own (GlobIndex.matcher) */
  indexed = false;
  /**
   * "literal": no magic at all (`services/api`); "subtree": a literal directory and `/**`. Found
   * through the literal-prefix index, these need no matching at all: the index lookup itself
   * proved the path starts with that directory, which is all they ask.
   */
  shape;
  /**
   * `D/**` + `/X` or `D/**` + `/X/**`, D literal leading directories (possibly none) and X a
   * literal name or `*.ext`: the shapes people write most (`src/**` + `/*.tsx`, `*.md` at any
   * depth, a test folder anywhere), matched by looking at the segments below D for X, in the
   * place the scope allows: anywhere ("any"), the last segment ("last"), or a directory ("notLast").
   */
  named;
  regex;
  minimatch;
  /**
   * For a path the prefix index found under this pattern's literal prefix. `budget` is charged for
   * every RegExp and minimatch run, and for building one the first time this budget's evaluation
   * needs it (the index, and what it has built, may serve many evaluations of one policy).
   */
  matchesUnderPrefix(path, prefixIsWholePath, usual, budget) {
    if (!usual) return this.matches(path, usual, budget);
    if (this.shape === void 0) {
      const segments = this.pattern.split("/");
      const magic = segments.filter((s) => MAGIC.test(s)).length;
      this.shape = magic === 0 ? "literal" : magic === 1 && segments[segments.length - 1] === "**" && this.scope === "self" ? "subtree" : null;
    }
    if (this.shape === "literal") return this.scope === "both" || (this.scope === "below" ? !prefixIsWholePath : prefixIsWholePath);
    if (this.shape === "subtree" && !prefixIsWholePath) return true;
    return this.matches(path, usual, budget);
  }
  /** For any path, not one the index found under this pattern's literal prefix. */
  matchesAnywhere(path, usual, budget) {
    const named = this.namedShape();
    if (usual && named && named.skip > 0 && !path.startsWith(named.directory)) return false;
    return this.matches(path, usual, budget);
  }
  /** `usual`: the path has no empty, `.` or `..` segment, where the shortcuts are exact. */
  matches(path, usual, budget) {
    if (usual && this.namedShape()) return this.matchesNamed(path);
    if (this.regex === void 0) {
      const source = this.pattern.split("/").some((s) => (s.match(/\*+/g)?.length ?? 0) > 2) ? null : simpleGlobRegExp(this.pattern);
      this.regex = source === null ? null : new RegExp(`^${source}${this.scope === "self" ? "" : this.scope === "below" ? "(?:/[^/]+)+" : "(?:/[^/]+)*"}$`);
    }
    if (budget.firstUse(this, "regexp")) budget.spend(WORK_UNITS.buildRegExp);
    if (usual && this.regex) {
      budget.spend(WORK_UNITS.regExpTest + 2 * path.length);
      return this.regex.test(path);
    }
    if (this.minimatch === void 0) this.minimatch = minimatchPatterns(this.pattern, this.scope).map((p) => new Minimatch2(p, MM_OPTIONS));
    if (budget.firstUse(this, "minimatch")) budget.spend(WORK_UNITS.buildMinimatch * this.minimatch.length);
    budget.spend(WORK_UNITS.minimatchTest * (1 + path.length / 64) * this.minimatch.length);
    for (const m of this.minimatch) if (m.match(path)) return true;
    return false;
  }
  /**
   * A shortcut for a pattern found by its literal segment or extension (`**` + `/X`, `**` + `/X/**`):
   * true when the segment that found it is X where the scope allows, so the path matches. False
   * says nothing: X may be elsewhere in the path.
   */
  matchesAtFoundSegment(last) {
    const named = this.namedShape();
    return named !== null && named.skip === 0 && (named.where === "any" || named.where === "last" === last);
  }
  namedShape() {
    if (this.named === void 0) this.named = namedShape(this.pattern.split("/"), this.scope);
    return this.named;
  }
  /** Whether a segment below D (the path has them, as the index found it under D) is X, where the scope allows. */
  matchesNamed(path) {
    const { skip, name: name2, isExt, where } = this.named;
    if (path.length <= skip) return false;
    for (let start = skip; ; ) {
      const slash = path.indexOf("/", start);
      const last = slash < 0;
      const end = last ? path.length : slash;
      if (where === "any" || where === "last" === last) {
        if (isExt ? end - start >= name2.length && path.endsWith(name2, end) : end - start === name2.length && path.startsWith(name2, start)) return true;
      }
      if (last) return false;
      start = slash + 1;
    }
  }
};
var WORK_UNITS = { shortcutTest: 1, substringLookup: 4, buildRegExp: 2e3, regExpTest: 64, buildMinimatch: 5e4, minimatchTest: 300 };
function namedShape(segments, scope) {
  const k = segments.findIndex((s) => MAGIC.test(s));
  if (k < 0 || segments[k] !== "**" || k + 1 >= segments.length) return null;
  const x = segments[k + 1];
  const ext = EXTENSION.exec(x)?.[1];
  if (ext === void 0 && MAGIC.test(x)) return null;
  const directory = segments.slice(0, k).map((s) => `${s}/`).join("");
  const shape = { directory, skip: directory.length, name: ext ?? x, isExt: ext !== void 0 };
  if (segments.length === k + 2) return { ...shape, where: scope === "both" ? "any" : scope === "self" ? "last" : "notLast" };
  if (segments.length === k + 3 && segments[k + 2] === "**") return { ...shape, where: "notLast" };
  return null;
}
function minimatchPatterns(pattern, scope) {
  return scope === "self" ? [pattern] : scope === "below" ? [`${pattern}/**`] : [pattern, `${pattern}/**`];
}
var EXTENSION = /^\*(\.[^*?[\]{}()!+@\\/]+)$/;
function simpleGlobRegExp(pattern) {
  const segments = pattern.split("/").filter((s, i, all) => s !== "**" || all[i - 1] !== "**");
  let source = "";
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const last = i === segments.length - 1;
    if (segment === "**") {
      if (i === 0) source += last ? ".*" : "(?:[^/]+/)*";
      else source += last ? "(?:/[^/]+)+" : "/(?:[^/]+/)*";
      continue;
    }
    if (/[[\]{}()!+@\\]/.test(segment) || segment === "") return null;
    if (i > 0 && segments[i - 1] !== "**") source += "/";
    source += segment.replace(/[.^$|\\/()+]/g, "\\$&").replace(/\*+/g, "[^/]*").replace(/\?/g, "[^/]");
  }
  return source;
}
function indexKey(pattern) {
  const magic = pattern.search(MAGIC);
  const literalEnd = magic < 0 ? pattern.length : pattern.lastIndexOf("/", magic);
  if (literalEnd > 0) return { kind: "prefix", segments: pattern.slice(0, literalEnd).split("/") };
  const segments = pattern.split("/");
  const literalSegment = segments.find((s) => s !== "**" && !MAGIC.test(s));
  if (literalSegment) return { kind: "segment", value: literalSegment };
  const ext = segments.map((s) => EXTENSION.exec(s)?.[1]).find(Boolean);
  if (ext) return { kind: "ext", value: ext };
  return { kind: "substring" };
}
var MAX_KEY_LENGTH = 16;
function requiredLiteral(pattern) {
  const segments = pattern.split("/");
  const first = segments.findIndex((s) => MAGIC.test(s));
  if (first < 0) return null;
  let best = "";
  let bestLiteral = "";
  for (const segment of segments.slice(first)) {
    if (segment === "**") continue;
    if (!MAGIC.test(segment)) {
      if (segment.length > bestLiteral.length) bestLiteral = segment;
      continue;
    }
    if (/[[\]{}()!+@\\]/.test(segment)) continue;
    for (const run2 of segment.split(/[*?]+/)) if (run2.length > best.length) best = run2;
  }
  const literal2 = best || bestLiteral;
  return literal2 ? literal2.slice(0, MAX_KEY_LENGTH) : null;
}
var Bucket = class {
  patterns = [];
  split;
  /**
   * Has `walk` test each pattern that could match its path, looking for literals from `from`. A
   * path GitHub never lists (not `usual`: `.` or `..` segments) is tested against every pattern:
   * minimatch's rules for those segments are its own. `foundBy` says how the index found this
   * bucket (see FoundBy), which the shortcuts need.
   */
  candidates(walk, from, foundBy) {
    const patterns = this.patterns;
    if (patterns.length < SPLIT_AT || !walk.usual) {
      for (let i = 0; i < patterns.length; i++) walk.consider(patterns[i], foundBy);
      return;
    }
    const split = this.split ??= splitByLiteral(patterns);
    for (const c of split.direct) walk.consider(c, foundBy);
    const { byLiteral, lengths, firstChars } = split;
    const path = walk.path;
    let lookups = 0;
    for (let i = from; i < path.length; i++) {
      if (firstChars[path.charCodeAt(i)] === 0) continue;
      for (const length of lengths) {
        if (i + length > path.length) break;
        lookups++;
        const found = byLiteral.get(path.slice(i, i + length));
        if (found) for (const c of found) walk.consider(c, foundBy);
      }
    }
    walk.budget.spend(lookups * WORK_UNITS.substringLookup);
  }
};
var FoundBy = { substring: -1, segment: -2, lastSegment: -3 };
var SPLIT_AT = 16;
function splitByLiteral(patterns) {
  const direct = [];
  const byLiteral = /* @__PURE__ */ new Map();
  const lengths = /* @__PURE__ */ new Set();
  const firstChars = new Uint8Array(65536);
  for (const c of patterns) {
    const literal2 = requiredLiteral(c.pattern);
    if (literal2 === null) {
      direct.push(c);
      continue;
    }
    let list = byLiteral.get(literal2);
    if (!list) byLiteral.set(literal2, list = []);
    list.push(c);
    lengths.add(literal2.length);
    firstChars[literal2.charCodeAt(0)] = 1;
  }
  return { direct, byLiteral, lengths: [...lengths].sort((a, b) => a - b), firstChars };
}
var WorkBudget = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  spent = 0;
  used = { regexp: /* @__PURE__ */ new Set(), minimatch: /* @__PURE__ */ new Set() };
  spend(units) {
    this.spent += units;
    if (this.spent > this.limit) throw new MatchingTooExpensive(this.limit);
  }
  /**
   * True the first time this budget sees `what` of `matcher` used: building it is charged once per
   * budget, as if each evaluation built its own, even when an earlier one of the same policy did.
   */
  firstUse(matcher, what) {
    const used = this.used[what];
    if (used.has(matcher)) return false;
    used.add(matcher);
    return true;
  }
};
var MatchingTooExpensive = class extends Error {
  constructor(budget) {
    super(`matching the changed paths against the policy's globs takes more than ${formatCount(budget)} units of work (the limit)`);
    this.budget = budget;
    this.name = "MatchingTooExpensive";
  }
  budget;
};
var GlobIndex = class {
  /** @param budget what ownersOf may spend, over every call, before it throws MatchingTooExpensive */
  constructor(budget = new WorkBudget(Infinity)) {
    this.budget = budget;
  }
  budget;
  /** patterns by their literal leading directories, one trie level per segment */
  byPrefix = { patterns: new Bucket(), children: /* @__PURE__ */ new Map() };
  bySegment = /* @__PURE__ */ new Map();
  byExt = /* @__PURE__ */ new Map();
  /** the lengths of bySegment's and byExt's keys: a segment of another length needs no lookup */
  segmentLengths = new LengthSet();
  extLengths = new LengthSet();
  /** patterns with no literal prefix, segment or extension, found by a literal inside a segment */
  bySubstring = new Bucket();
  /** every distinct (scope, pattern), so identical globs share one CompiledPattern */
  distinct = /* @__PURE__ */ new Map();
  /** owners by number: patterns hold the numbers */
  owners = [];
  ownerNumbers = /* @__PURE__ */ new Map();
  walk = new PathWalk();
  add(glob2, owner) {
    let number = this.ownerNumbers.get(owner);
    if (number === void 0) {
      number = this.owners.push(owner) - 1;
      this.ownerNumbers.set(owner, number);
      this.walk.ownerSeen.push(0);
    }
    for (const compiled of this.patternsOf(glob2)) {
      if (!compiled.indexed) {
        compiled.indexed = true;
        this.bucket(indexKey(compiled.pattern)).patterns.push(compiled);
      }
      if (!compiled.owners.includes(number)) compiled.owners.push(number);
    }
  }
  /**
   * A glob tested on its own, not through the index: an exclude needs testing only for a path the
   * area's includes put in it, so excludes are kept out of the walk (one test-folder exclude in
   * fifty rules would otherwise add fifty owners to every path in a test folder).
   */
  matcher(glob2) {
    const patterns = this.patternsOf(glob2);
    const walk = this.walk;
    return {
      matches(path, budget) {
        const usual = walk.path === path ? walk.usual : isUsualPath(path);
        budget.spend(patterns.length * WORK_UNITS.shortcutTest);
        for (const c of patterns) if (c.matchesAnywhere(path, usual, budget)) return true;
        return false;
      }
    };
  }
  /** The distinct patterns a glob expands to, shared with every identical glob. */
  patternsOf(glob2) {
    return (glob2.includes("{") ? braceExpand(glob2, MM_OPTIONS) : [glob2]).map((braced) => {
      const { pattern, scope } = scopedPattern(braced);
      const id = `${scope}:${pattern}`;
      let compiled = this.distinct.get(id);
      if (!compiled) this.distinct.set(id, compiled = new CompiledPattern(pattern, scope));
      return compiled;
    });
  }
  bucket(key) {
    if (key.kind === "substring") return this.bySubstring;
    if (key.kind === "prefix") {
      let node = this.byPrefix;
      for (const segment of key.segments) {
        let child = node.children.get(segment);
        if (!child) node.children.set(segment, child = { patterns: new Bucket(), children: /* @__PURE__ */ new Map() });
        node = child;
      }
      return node.patterns;
    }
    const map = key.kind === "segment" ? this.bySegment : this.byExt;
    (key.kind === "segment" ? this.segmentLengths : this.extLengths).add(key.value.length);
    let bucket = map.get(key.value);
    if (!bucket) map.set(key.value, bucket = new Bucket());
    return bucket;
  }
  /** Owners with at least one glob matching `path`, each once, in no particular order. */
  ownersOf(path) {
    const found = /* @__PURE__ */ new Set();
    for (let i = 0, count2 = this.matchOwners(path); i < count2; i++) found.add(this.owners[this.walk.found[i]]);
    return found;
  }
  /**
   * The same as ownersOf without making a set: how many owners have a glob matching `path`;
   * `matched` gives each, once, in no particular order, until the next call. The work is
   * charged to `budget`: an index can serve many evaluations, each with its own.
   */
  matchOwners(path, budget = this.budget) {
    const walk = this.walk;
    walk.start(path, budget);
    const bySegments = this.bySegment.size > 0 || this.byExt.size > 0;
    let node = this.byPrefix;
    let dot = bySegments ? path.indexOf(".") : -1;
    for (let start = 0; node || bySegments; ) {
      const slash = path.indexOf("/", start);
      const whole = slash < 0;
      const end = whole ? path.length : slash;
      const length = end - start;
      const segment = node || this.segmentLengths.has(length) ? path.slice(start, end) : void 0;
      if (node) {
        node = node.children.get(segment);
        if (node) node.patterns.candidates(walk, whole ? end : end + 1, end);
      }
      if (bySegments) {
        const foundBy = whole ? FoundBy.lastSegment : FoundBy.segment;
        if (this.segmentLengths.has(length)) this.bySegment.get(segment)?.candidates(walk, 0, foundBy);
        if (dot >= 0 && dot < start) dot = path.indexOf(".", start);
        for (; dot >= 0 && dot < end; dot = path.indexOf(".", dot + 1)) {
          if (this.extLengths.has(end - dot)) this.byExt.get(path.slice(dot, end))?.candidates(walk, 0, foundBy);
        }
      }
      if (whole) break;
      start = slash + 1;
    }
    this.bySubstring.candidates(walk, 0, FoundBy.substring);
    return walk.finish();
  }
  /**
   * What the last matchOwners found: the owners by number, and the numbers of those it found (the
   * first `count` of `found`), so a hot loop reads `owners[found[i]]` without a call per owner.
   */
  matched = { owners: this.owners, found: this.walk.found };
};
var PathWalk = class {
  path = "";
  /** the path has no empty, `.` or `..` segment: the shortcuts are exact */
  usual = true;
  /** numbers the walks, so a pattern found through several keys is tested once per path */
  call = 0;
  tested = 0;
  /** per owner number, the last walk that found it */
  ownerSeen = [];
  /** the owners found, the first `count` of them (a list reused for every path) */
  found = [];
  count = 0;
  budget = new WorkBudget(Infinity);
  start(path, budget) {
    this.path = path;
    this.budget = budget;
    this.usual = isUsualPath(path);
    this.call++;
    this.tested = 0;
    this.count = 0;
  }
  /** Tests a candidate, unless this walk tested it already or it could add no new owner. */
  consider(c, foundBy) {
    const call = this.call;
    const owners = c.owners;
    if (c.testedFor === call || owners.length === 1 && this.ownerSeen[owners[0]] === call) return;
    c.testedFor = call;
    this.tested++;
    const matched = foundBy >= 0 ? c.matchesUnderPrefix(this.path, foundBy === this.path.length, this.usual, this.budget) : foundBy !== FoundBy.substring && this.usual && c.matchesAtFoundSegment(foundBy === FoundBy.lastSegment) || c.matches(this.path, this.usual, this.budget);
    if (!matched) return;
    for (let i = 0; i < owners.length; i++) {
      const owner = owners[i];
      if (this.ownerSeen[owner] !== call) {
        this.ownerSeen[owner] = call;
        this.found[this.count++] = owner;
      }
    }
  }
  /** How many owners the walk found, with its cost charged: RegExps and minimatch charge their own, costlier, work. */
  finish() {
    this.budget.spend(this.tested * WORK_UNITS.shortcutTest);
    return this.count;
  }
};
var LengthSet = class {
  bits = 0;
  long = false;
  add(n) {
    if (n < 31) this.bits |= 1 << n;
    else this.long = true;
  }
  has(n) {
    return n < 31 ? (this.bits & 1 << n) !== 0 : this.long;
  }
};
function isUsualPath(path) {
  if (path === "" || path.startsWith("/") || path.endsWith("/") || path.includes("//")) return false;
  return !(path.startsWith(".") || path.includes("/.")) || !UNUSUAL_PATH.test(path);
}
var UNUSUAL_PATH = /(?:^|\/)\.{0,2}(?:\/|$)/;
var GlobList = class {
  matchers;
  constructor(globs2, options = {}) {
    this.matchers = globs2.flatMap(
      (g) => options.anyDepth === false ? [new Minimatch2(g, MM_OPTIONS)] : expandGlob(g).map((p) => new Minimatch2(p, MM_OPTIONS))
    );
  }
  matches(value) {
    return this.matchers.some((m) => m.match(value));
  }
};

// src/engine/shipping.ts
var neverShipLists = /* @__PURE__ */ new WeakMap();
function shippingAreas(compiled, change) {
  const { policy } = compiled;
  let neverShip = neverShipLists.get(policy);
  if (!neverShip) {
    neverShip = (policy.never_ship ?? []).map((glob2) => ({ glob: glob2, list: new GlobList([glob2]) }));
    neverShipLists.set(policy, neverShip);
  }
  const globs2 = neverShip;
  const neverShipGlob = globs2.length === 0 ? () => void 0 : (path) => globs2.find((g) => g.list.matches(path))?.glob;
  const discovered = change.discovered;
  if (!discovered && globs2.length === 0) return { areasOf: (path) => compiled.areasOf(path), neverShipGlob, addsTargets: false };
  const base = 1e6;
  const found = (discovered?.targets ?? []).map((t, i) => ({
    area: {
      order: base + i,
      kind: "target",
      name: t.name,
      tier: t.tier,
      environment: t.environment,
      origin: t.origin,
      ...t.branches.include || t.branches.ignore ? { branches: branchMatcher(t.branches) } : {},
      ...t.paths.include || t.paths.ignore ? {} : { everyFile: true }
    },
    paths: compileFilter(t.paths)
  }));
  const targetsByName = /* @__PURE__ */ new Map();
  policy.targets.forEach((t, i) => targetsByName.set(t.name, { order: policy.rules.length + i, kind: "target", name: t.name, tier: t.tier, environment: t.environment, ...t.branches ? { branches: new GlobList(t.branches, { anyDepth: false }) } : {} }));
  for (const { area } of found) targetsByName.set(area.name, area);
  const reaches = (discovered?.dependencyReach ?? []).flatMap((r, i) => {
    const target = targetsByName.get(r.target);
    const root = r.root.replace(/\/+$/, "");
    return target ? [{ root, except: r.except ?? [], area: { ...target, order: 2 * base + i, route: r.route } }] : [];
  });
  const hitsByPath = /* @__PURE__ */ new Map();
  (discovered?.lockfileHits ?? []).forEach((hit, i) => {
    const target = targetsByName.get(hit.target);
    if (!target) return;
    const list = hitsByPath.get(hit.path) ?? [];
    list.push({ ...target, order: 3 * base + i, route: hit.route });
    hitsByPath.set(hit.path, list);
  });
  return {
    neverShipGlob,
    addsTargets: found.length > 0 || reaches.length > 0 || hitsByPath.size > 0,
    areasOf(path) {
      const areas = compiled.areasOf(path);
      if (neverShipGlob(path) !== void 0) return areas.filter((a) => a.kind !== "target");
      for (const { area, paths } of found) if (paths(path).passes) areas.push(area);
      for (const { root, except, area } of reaches) if (below(path, root) && !except.some((inner) => below(path, inner))) areas.push(area);
      areas.push(...hitsByPath.get(path) ?? []);
      return areas;
    }
  };
}
var below = (path, root) => root === "" || path.startsWith(`${root.replace(/\/+$/, "")}/`);
function targetsContaining(compiled, discovered) {
  const shipping = shippingAreas(compiled, { files: [], discovered: { targets: discovered?.targets ?? [], dependencyReach: [], notes: [] } });
  return (path) => shipping.areasOf(path).flatMap((a) => a.kind === "target" ? [a.name] : []);
}
function branchMatcher(filter) {
  const compiled = compileFilter(filter);
  return { matches: (branch) => compiled(branch).passes };
}
function targetReasonFields(area) {
  return {
    environment: area.environment,
    ...area.origin ? { origin: area.origin } : {},
    ...area.route ? { route: area.route } : {},
    ...area.everyFile ? { everyFile: true } : {}
  };
}

// src/engine/file-tiers.ts
var isHardening = (reason) => reason.kind === "policy-file" || reason.kind === "workflow";
function rankingOf(tiers) {
  const rank = (tier) => tiers.indexOf(tier);
  return { rank, max: (a, b) => rank(b) > rank(a) ? b : a, lowest: tiers[0], highest: tiers[tiers.length - 1] };
}
var WORKFLOWS_DIRECTORY = ".github/workflows/";
var isWorkflow = (path) => path.startsWith(WORKFLOWS_DIRECTORY);
function reasonContext(fields) {
  return { ...fields, areaReasons: /* @__PURE__ */ new Map() };
}
function reasonsOf({ file, paths }, ctx) {
  let reasons = pathReasons(paths[0], ctx);
  if (ctx.namesMayRepeat || paths.length > 1) {
    const first = reasons;
    reasons = [];
    for (const p of paths) for (const reason of p === paths[0] ? first : pathReasons(p, ctx)) if (!namesSameArea(reasons, reason)) reasons.push(reason);
  }
  const entry = { file, reasons };
  const neverShip = ctx.neverShipGlob(file.path);
  if (neverShip !== void 0) entry.neverShip = neverShip;
  return entry;
}
function namesSameArea(reasons, reason) {
  for (const r of reasons) if (r.name === reason.name && r.kind === reason.kind) return true;
  return false;
}
function pathReasons(p, ctx) {
  const via = p.viaPreviousPath;
  const policyFile = ctx.policyFiles.has(p.path);
  const workflow = isWorkflow(p.path);
  if (!policyFile && !workflow && p.areas.length > 0 && !p.areas.some((a) => a.kind === "sandbox")) return p.areas.map((area) => withVia(reasonOf(area, ctx), via));
  const reasons = [];
  if (policyFile) reasons.push(withVia({ kind: "policy-file", name: "the Blast Radius policy", tier: ctx.ranking.highest }, via));
  if (workflow) reasons.push(withVia({ kind: "workflow", name: "a GitHub Actions workflow", tier: ctx.ranking.highest }, via));
  for (const area of p.areas) {
    if (area.kind !== "sandbox") reasons.push(withVia(reasonOf(area, ctx), via));
  }
  if (reasons.length) return reasons;
  const sandbox = countingSandbox(p, ctx.sandboxes);
  return [withVia(sandbox ? { kind: "sandbox", name: sandbox, tier: ctx.ranking.lowest } : { kind: "default", name: "default_tier", tier: ctx.policy.default_tier }, via)];
}
function reasonOf(area, ctx) {
  let reason = ctx.areaReasons.get(area);
  if (!reason) ctx.areaReasons.set(area, reason = areaReason(area));
  return reason;
}
function withVia(reason, via) {
  if (via === void 0) return reason;
  const copy = Object.assign({}, reason);
  copy.viaPreviousPath = via;
  return copy;
}
function areaReason(area) {
  return {
    kind: area.kind,
    name: area.name,
    tier: area.tier,
    ...area.kind === "target" ? targetReasonFields(area) : {},
    ...area.kind === "rule" && area.precedence === "set" ? { precedence: "set" } : {}
  };
}
function settingRule(reasons, ranking) {
  let best = null;
  for (const r of reasons) {
    if (isHardening(r)) return null;
    if (r.precedence === "set" && (!best || ranking.rank(r.tier) > ranking.rank(best.tier))) best = r;
  }
  return best;
}
function touchedTargets(perFile, policy, ranking, notes) {
  const hits = /* @__PURE__ */ new Map();
  for (const { file, reasons } of perFile) {
    let lowered;
    for (const reason of reasons) {
      if (reason.kind !== "target") continue;
      lowered ??= settingRule(reasons, ranking) !== null;
      let target = hits.get(reason.name);
      if (!target) hits.set(reason.name, target = new TargetHits(reason));
      target.record(file, reason, lowered);
    }
  }
  const targets = /* @__PURE__ */ new Map();
  for (const [name2, target] of hits) targets.set(name2, target.touched);
  for (const target of policy.targets) {
    const touched = hits.get(target.name);
    if (touched && target.size) applySize(touched.touched, target.size, touched.own, ranking, notes);
  }
  return targets;
}
var TargetHits = class {
  touched;
  /** its own files that count for its size: direct hits, not lowered */
  own = [];
  direct = /* @__PURE__ */ new Set();
  through = /* @__PURE__ */ new Set();
  lowered = /* @__PURE__ */ new Set();
  constructor(reason) {
    this.touched = {
      name: reason.name,
      environment: reason.environment ?? "",
      tier: reason.tier,
      files: [],
      ...reason.origin ? { origin: reason.origin } : {},
      ...reason.everyFile ? { everyFile: true } : {}
    };
  }
  /**
   * Records that a file ships to the target, directly or through a dependency (a direct hit
   * supersedes a route found earlier). A direct hit a `set` rule lowered is listed as lowered.
   */
  record(file, reason, lowered) {
    const { path } = file;
    const touched = this.touched;
    if (reason.route) {
      if (this.direct.has(path) || this.through.has(path)) return;
      this.through.add(path);
      (touched.throughDependency ??= []).push({ path, route: reason.route });
      return;
    }
    if (!this.direct.has(path)) {
      this.direct.add(path);
      touched.files.push(path);
      if (this.through.delete(path)) touched.throughDependency = touched.throughDependency.filter((t) => t.path !== path);
      if (!lowered) {
        this.own.push(file);
        return;
      }
    }
    if (lowered && !this.lowered.has(path)) {
      this.lowered.add(path);
      (touched.lowered ??= []).push(path);
    }
  }
};
function applySize(touched, size, own2, ranking, notes) {
  const sized = sizeUp(size, touched.tier, own2);
  if ("unknown" in sized) {
    notes.push(decisionWords.sizeUnchecked(touched.name, size.changed_lines_over));
  } else if (sized.sizedUp && ranking.rank(size.tier) > ranking.rank(touched.tier)) {
    touched.tier = size.tier;
    touched.sizedUp = sized.sizedUp;
  }
}
function sizeUp(size, from, files) {
  const parts = [];
  let holds = true;
  if (size.changed_files_over !== void 0) {
    parts.push(decisionWords.targetFilesChanged(files.length, size.changed_files_over));
    holds &&= files.length > size.changed_files_over;
  }
  if (size.changed_lines_over !== void 0) {
    if (!files.every(hasLines)) return { unknown: true };
    const lines = files.reduce((n, f) => n + linesOf(f), 0);
    parts.push(decisionWords.targetLinesChanged(lines, size.changed_lines_over));
    holds &&= lines > size.changed_lines_over;
  }
  return { sizedUp: holds ? { from, description: parts.join(" and ") } : null };
}
function decideFile(entry, targets, ranking) {
  const { file } = entry;
  let reasons = entry.reasons;
  for (let i = 0; i < reasons.length; i++) {
    const r = reasons[i];
    const target = r.kind === "target" ? targets.get(r.name) : void 0;
    if (!target?.sizedUp) continue;
    if (reasons === entry.reasons) reasons = [...reasons];
    reasons[i] = { ...r, tier: target.tier, sizedUp: target.sizedUp };
  }
  const setter = settingRule(reasons, ranking);
  let tier;
  let ordered;
  if (setter) {
    tier = setter.tier;
    const overridden = reasons.filter((r) => r !== setter && ranking.rank(r.tier) > ranking.rank(tier));
    const shown = overridden.length ? { ...setter, overrides: overridden.map(({ kind, name: name2, tier: t }) => ({ kind, name: name2, tier: t })) } : setter;
    ordered = [shown, ...byTierDescending(reasons.filter((r) => r !== setter), ranking)];
  } else {
    ordered = byTierDescending(reasons, ranking);
    tier = ranking.max(ranking.lowest, ordered[0].tier);
  }
  const { path, previousPath, status } = file;
  const decision = previousPath && previousPath !== path ? status ? { path, previousPath, status, tier, reasons: ordered } : { path, previousPath, tier, reasons: ordered } : status ? { path, status, tier, reasons: ordered } : { path, tier, reasons: ordered };
  if (entry.neverShip !== void 0) decision.neverShip = entry.neverShip;
  return decision;
}
function byTierDescending(reasons, ranking) {
  let sorted = reasons;
  for (let i = 1; i < sorted.length; i++) {
    const reason = sorted[i];
    const rank = ranking.rank(reason.tier);
    if (rank <= ranking.rank(sorted[i - 1].tier)) continue;
    if (sorted === reasons) sorted = [...reasons];
    let j = i;
    for (; j > 0 && ranking.rank(sorted[j - 1].tier) < rank; j--) sorted[j] = sorted[j - 1];
    sorted[j] = reason;
  }
  return sorted;
}

// src/engine/escalations.ts
function countedTargets(input, scope) {
  const { ranking } = input;
  const limits = [];
  let targets = input.targets.filter((t) => t.files.length > (t.lowered?.length ?? 0) || hasDependencyHits(t));
  if (scope?.environments) {
    const wanted = new Set(scope.environments.map((e) => e.toLowerCase()));
    targets = targets.filter((t) => wanted.has(t.environment.toLowerCase()));
    limits.push(decisionWords.inEnvironments(scope.environments));
  }
  if (scope?.min_tier !== void 0) {
    const min = ranking.rank(scope.min_tier);
    targets = targets.filter((t) => ranking.rank(t.tier) >= min);
    limits.push(decisionWords.atOrAbove(scope.min_tier));
  }
  if (scope?.direct_only) {
    targets = targets.filter((t) => t.files.length > (t.lowered?.length ?? 0));
    limits.push(decisionWords.directOnly);
  }
  return { targets, limits };
}
function hasDependencyHits(target) {
  const through = target.throughDependency;
  return Array.isArray(through) && through.length > 0;
}
function countedFiles(input, scope) {
  if (!scope) return { files: null, limits: [] };
  const limits = [];
  const tierOf = new Map(input.files.map((f) => [f.path, f.tier]));
  let files = [...input.changed];
  if (scope.min_tier !== void 0) {
    const min = input.ranking.rank(scope.min_tier);
    files = files.filter((f) => input.ranking.rank(tierOf.get(f.path) ?? input.ranking.lowest) >= min);
    limits.push(decisionWords.filesAtOrAbove(scope.min_tier));
  }
  if (scope.exclude_never_ship) {
    files = files.filter((f) => input.neverShip?.(f.path) === void 0);
    limits.push(decisionWords.withoutNeverShip);
  }
  return { files, limits };
}
var suffix = (limits) => limits.length ? ` ${limits.join(", ")}` : "";
var MEASURES = {
  targets_over(input, scope) {
    const { targets, limits } = countedTargets(input, scope.targets);
    const names = targets.map((t) => t.name);
    return { value: targets.length, noun: `deploy targets touched${suffix(limits)}`, ...scope.targets && names.length ? { named: names } : {}, counted: { targets: names } };
  },
  changed_files_over(input, scope) {
    const { files, limits } = countedFiles(input, scope.files);
    const value = files ? files.length : input.totalFiles;
    return { value, noun: `changed files${suffix(limits)}`, counted: { files: value } };
  },
  changed_lines_over(input, scope) {
    const { files, limits } = countedFiles(input, scope.files);
    const counted = files ?? input.changed;
    const value = counted.every(hasLines) ? counted.reduce((n, f) => n + linesOf(f), 0) : null;
    return { value, noun: `changed lines${suffix(limits)}`, counted: { files: counted.length, lines: value } };
  }
};
var ORDER = ["targets_over", "changed_files_over", "changed_lines_over"];
function policyEscalations(policy, input, notes) {
  const out = [];
  policy.escalate.forEach((entry, i) => {
    const scope = entry.only ?? {};
    const conditions = [];
    const parts = [];
    let counted = {};
    let holds = true;
    for (const key of ORDER) {
      const limit = entry.when[key];
      if (limit === void 0) continue;
      const measured = MEASURES[key](input, scope);
      conditions.push(`${key}: ${limit}`);
      parts.push(decisionWords.measure(measured.value, measured.noun, limit, measured.named));
      counted = { ...counted, ...measured.counted };
      if (measured.value === null) {
        notes.push(decisionWords.escalationUnchecked(i, `${key}: ${limit}`));
        holds = false;
      } else holds &&= measured.value > limit;
    }
    if (!holds) return;
    out.push({ condition: entry.name ?? conditions.join(", "), description: parts.join(" and "), tier: entry.tier, ...entry.only ? { counted } : {} });
  });
  return out;
}
function isTruncated(change, totalFiles) {
  return totalFiles > change.files.length || change.listCapped === true;
}
function hardeningEscalations(change, files, policyFiles, totalFiles, highest) {
  const out = [];
  const listed = change.files.length;
  if (isTruncated(change, totalFiles)) {
    out.push({ condition: "incomplete file list", description: decisionWords.incompleteList(listed, totalFiles), tier: highest });
  }
  const highestFiles = files.filter((f) => f.tier === highest);
  if (highestFiles.some((f) => f.reasons.some((r) => r.kind === "policy-file"))) {
    const changed = [...policyFiles].filter((p) => files.some((f) => f.path === p || f.previousPath === p));
    out.push({ condition: "policy file changed", description: decisionWords.policyChanged(changed.length ? changed : [[...policyFiles][0]]), tier: highest });
  }
  const workflows = highestFiles.filter((f) => f.reasons.some((r) => r.kind === "workflow")).map((f) => isWorkflow(f.path) ? f.path : f.previousPath);
  if (workflows.length > 0) {
    out.push({ condition: "workflow changed", description: decisionWords.workflowChanged(workflows.filter((p) => p !== void 0)), tier: highest });
  }
  return out;
}

// src/engine/paths.ts
function pathsOfChange(change, shipping) {
  const base = change.baseBranch;
  const applies = /* @__PURE__ */ new Map();
  const targetApplies = (area) => {
    if (area.kind !== "target" || !area.branches || base === void 0) return true;
    let passes = applies.get(area);
    if (passes === void 0) applies.set(area, passes = area.branches.matches(base));
    return passes;
  };
  const areasOf = (path) => {
    const areas = shipping.areasOf(path);
    return areas.every(targetApplies) ? areas : areas.filter(targetApplies);
  };
  return change.files.map((file) => {
    const paths = [{ path: file.path, areas: areasOf(file.path) }];
    if (file.previousPath && file.previousPath !== file.path) paths.push({ path: file.previousPath, viaPreviousPath: file.previousPath, areas: areasOf(file.previousPath) });
    return { file, paths };
  });
}
function unknownBaseNote(change, hasBranchFilters) {
  return change.baseBranch === void 0 && hasBranchFilters ? decisionWords.unknownBase : null;
}

// src/engine/areas.ts
function policyAreas(policy) {
  let order = 0;
  return [
    ...policy.rules.map((r) => ({
      area: { order: order++, kind: "rule", name: r.name, tier: r.tier, precedence: r.precedence },
      paths: r.paths,
      exclude: r.exclude ?? []
    })),
    ...policy.targets.map((t) => ({
      area: { order: order++, kind: "target", name: t.name, tier: t.tier, environment: t.environment, branches: branchFilter(t) },
      paths: t.paths,
      exclude: t.exclude ?? []
    })),
    ...policy.sandboxes.map((s) => ({ area: { order: order++, kind: "sandbox", name: s.name }, paths: s.paths, exclude: s.exclude ?? [] }))
  ];
}
function branchFilter(target) {
  if (!target.branches && !target.branches_ignore) return void 0;
  const filter = compileFilter({ include: target.branches, ignore: target.branches_ignore });
  return { matches: (branch) => filter(branch).passes };
}
var policyIndexes = /* @__PURE__ */ new WeakMap();
function policyIndex(policy) {
  let built = policyIndexes.get(policy);
  if (built) return built;
  const index = new GlobIndex();
  const areas = [];
  const excludes = [];
  for (const { area, paths, exclude } of policyAreas(policy)) {
    areas.push(area);
    for (const glob2 of paths) index.add(glob2, area.order);
    excludes.push(exclude.length ? exclude.map((glob2) => index.matcher(glob2)) : void 0);
  }
  built = { index, areas, excludes, scratch: [] };
  policyIndexes.set(policy, built);
  return built;
}
function compilePolicy(policy, options = {}) {
  const budget = new WorkBudget(options.workBudget ?? MAX_MATCH_WORK);
  const { index, areas, excludes, scratch: found } = policyIndex(policy);
  return {
    policy,
    matchingWork: () => budget.spent,
    areasOf(path) {
      const count2 = index.matchOwners(path, budget);
      if (count2 === 0) return [];
      const { owners, found: matched } = index.matched;
      let n = 0;
      for (let i = 0; i < count2; i++) {
        const order = owners[matched[i]];
        const area = areas[order];
        let j = n++;
        for (; j > 0 && found[j - 1].order > order; j--) found[j] = found[j - 1];
        found[j] = area;
      }
      let kept = 0;
      for (let i = 0; i < n; i++) if (!isExcluded(excludes[found[i].order], path, budget)) found[kept++] = found[i];
      return found.slice(0, kept);
    }
  };
}
function isExcluded(excludes, path, budget) {
  if (excludes) {
    for (const exclude of excludes) if (exclude.matches(path, budget)) return true;
  }
  return false;
}

// src/engine/evaluate.ts
function evaluate(compiled, change) {
  const { policy } = compiled;
  const ranking = rankingOf(policy.tiers);
  const notes = [...change.discovered?.notes ?? []];
  const shipping = shippingAreas(compiled, change);
  const baseNote = unknownBaseNote(change, policy.targets.some((t) => t.branches || t.branches_ignore));
  if (baseNote) notes.push(baseNote);
  const perFile = pathsOfChange(change, shipping);
  const sandboxes = sandboxUses(perFile, policy);
  const policyFiles = /* @__PURE__ */ new Set([change.policyPath ?? DEFAULT_POLICY_PATH, ...change.policyPaths ?? []]);
  const reasonCtx = reasonContext({ policy, ranking, policyFiles, sandboxes, neverShipGlob: shipping.neverShipGlob, namesMayRepeat: shipping.addsTargets });
  const withReasons = perFile.map((entry) => reasonsOf(entry, reasonCtx));
  const targets = touchedTargets(withReasons, policy, ranking, notes);
  const files = withReasons.map((entry) => decideFile(entry, targets, ranking));
  const totalFiles = Math.max(change.totalFiles ?? change.files.length, change.files.length);
  const measured = { files, changed: change.files, targets: [...targets.values()], totalFiles, ranking, neverShip: shipping.neverShipGlob };
  const escalations = [...hardeningEscalations(change, files, policyFiles, totalFiles, ranking.highest), ...policyEscalations(policy, measured, notes)];
  const tier = highestTier([files, escalations], ranking);
  const everyPathSandboxed = perFile.every(({ paths }) => paths.every((p) => countingSandbox(p, sandboxes) !== void 0));
  const sandboxed = files.length > 0 && tier === ranking.lowest && everyPathSandboxed;
  const approvals = approvalRequirement({ policy, tier, sandboxed, sandboxes, files, codeOwners: change.codeOwners, ranking });
  const truncated = isTruncated(change, totalFiles);
  if (change.files.length === 0 && !truncated) notes.push(decisionWords.noFiles);
  return {
    tier,
    tiers: [...policy.tiers],
    sandboxed,
    labels: labelsFor(policy, tier, sandboxed),
    targets: [...targets.values()],
    files,
    escalations,
    sandboxes: [...sandboxes.values()],
    approvals,
    mode: policy.mode,
    truncated,
    totals: { files: totalFiles, listedFiles: change.files.length, changedLines: change.files.every(hasLines) ? change.files.reduce((n, f) => n + linesOf(f), 0) : null },
    ...change.baseBranch !== void 0 ? { baseBranch: change.baseBranch } : {},
    notes
  };
}
function highestTier(lists, ranking) {
  let tier = ranking.lowest;
  let rank = ranking.rank(tier);
  for (const list of lists) {
    for (const x of list) {
      const r = ranking.rank(x.tier);
      if (r > rank) {
        tier = x.tier;
        rank = r;
      }
    }
  }
  return tier;
}
function labelsFor(policy, tier, sandboxed) {
  const labels = [`${policy.labels.prefix}${tier}`];
  if (sandboxed && policy.labels.sandbox !== false) labels.push(policy.labels.sandbox);
  return labels;
}
function managedLabels(policy) {
  const labels = policy.tiers.map((t) => `${policy.labels.prefix}${t}`);
  if (policy.labels.sandbox !== false) labels.push(policy.labels.sandbox);
  return labels;
}

// src/engine/gate.ts
function tierTitle(decision) {
  const tier = decision.tier;
  return `${tier.charAt(0).toUpperCase()}${tier.slice(1)} risk${decision.sandboxed ? " (sandboxed)" : ""}`;
}
function missingApprovals(status) {
  const { missing, approvedBy, requirement } = status;
  const parts = [];
  if (missing > 0) parts.push(approvalsPhrase(missing, requirement.from, approvedBy.length > 0));
  const problems = requirement.codeOwners?.problems ?? [];
  if (problems.length) parts.push(`a usable CODEOWNERS (${problems[0]})`);
  const waiting = (status.codeOwners ?? []).filter((g) => g.approvedBy.length === 0);
  if (waiting.length) parts.push(codeOwnersPhrase(waiting));
  return `needs ${parts.join(" and ")}`;
}
function requiredApprovals(decision) {
  const req = decision.approvals;
  const parts = req.count > 0 ? [approvalsPhrase(req.count, req.from)] : [];
  if (req.codeOwners?.problems.length) parts.push(`a usable CODEOWNERS (${req.codeOwners.problems[0]})`);
  else if (req.codeOwners?.groups.length) parts.push(codeOwnersPhrase(req.codeOwners.groups));
  return `needs ${parts.join(" and ") || "no approval"}`;
}
function unknownMembership(unknown) {
  const who = unknown.map((u) => `@${u.login} is in ${u.teams.map((t) => `@${t}`).join(" or ")}`).join(", or whether ");
  return `cannot tell whether ${who}: the token cannot read team membership`;
}
async function decideOverride(input) {
  const { label, applied, headPushedAt } = input;
  const appliedBy = applied?.actor ?? null;
  if (!applied) return { label, appliedBy, allowed: false };
  const answer = appliedBy !== null && !appliedBy.endsWith("[bot]") ? await isAllowedApprover(appliedBy, input.by, input.isTeamMember) : null;
  const unknownTeams = answer && !answer.allowed ? answer.unknownTeams : [];
  const notForHead = headPushedAt === null ? "push time unknown" : Date.parse(applied.at) > Date.parse(headPushedAt) ? void 0 : "pushed later";
  return {
    label,
    appliedBy,
    allowed: Boolean(answer?.allowed) && !notForHead,
    ...notForHead ? { notForHead } : {},
    ...unknownTeams.length ? { unknownTeams } : {}
  };
}
function gate(decision, approval, override, pullRequest) {
  const approved = !decision.approvals || Boolean(approval?.met) || Boolean(override?.allowed);
  const requestReviews2 = Boolean(approval) && !approved && decision.mode === "enforce" && Boolean(pullRequest?.open) && !pullRequest?.draft;
  return { ...verdict(decision, approval, override), approved, requestReviews: requestReviews2 };
}
function verdict(decision, approval, override) {
  const head = tierTitle(decision);
  if (override?.allowed) {
    return { passing: true, state: "overridden", title: `${head}: overridden by @${override.appliedBy} with ${override.label}` };
  }
  if (!decision.approvals) {
    return { passing: true, state: "passed", title: `${head}: no approval needed` };
  }
  if (approval?.met) {
    const by = [.../* @__PURE__ */ new Set([...approval.approvedBy, ...(approval.codeOwners ?? []).flatMap((g) => g.approvedBy)])];
    if (by.length === 0) return { passing: true, state: "passed", title: `${head}: no approval needed` };
    return { passing: true, state: "approved", title: `${head}: approved by ${by.map((l) => `@${l}`).join(", ")}` };
  }
  const needs = approval ? missingApprovals(approval) : requiredApprovals(decision);
  const doubt = approval?.unknown.length ? ` (${unknownMembership(approval.unknown)})` : "";
  if (decision.mode === "report") return { passing: true, state: "report", title: `${head}: ${needs}${doubt} (report only, not blocking)` };
  return { passing: false, state: "blocked", title: `${head}: ${needs}${doubt}` };
}

// src/policy/load.ts
import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit } from "yaml";

// src/policy/discover-meaning.ts
function checkDiscoverMeaning(policy, { checkTier, checkGlobs, report }) {
  checkGlobs(["never_ship"], policy.never_ship);
  const workflows = policy.discover?.workflows;
  if (!workflows) return;
  const path = ["discover", "workflows"];
  for (const [environment2, tier] of Object.entries(workflows.environments)) checkTier([...path, "environments", environment2], tier);
  if (workflows.other_environments !== void 0) checkTier([...path, "other_environments"], workflows.other_environments);
  if (workflows.unknown_environment !== void 0) checkTier([...path, "unknown_environment"], workflows.unknown_environment);
  const checkNames = (key, names) => names.forEach((name2, i) => {
    if (name2.includes("/")) report([...key, i], `"${name2}" is a path: name a workflow file of .github/workflows, like "preview.yml"`);
  });
  checkNames([...path, "exclude"], workflows.exclude);
  if (workflows.without_environment) checkNames([...path, "without_environment", "workflows"], workflows.without_environment.workflows);
}

// src/policy/suggest.ts
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}
function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  const lower3 = word.toLowerCase();
  for (const candidate of candidates) {
    const d = editDistance(lower3, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= limit ? best : void 0;
}

// src/policy/zod.ts
import { config, globalRegistry } from "zod/mini";
import en from "zod/v4/locales/en.js";
import {
  _default,
  array,
  boolean,
  enum as enum2,
  gte,
  int,
  literal,
  maxLength,
  minLength,
  optional,
  record,
  refine,
  regex,
  strictObject,
  string,
  toJSONSchema,
  union
} from "zod/mini";
config(en());
function describe(schema2, description2) {
  const described = schema2.clone();
  globalRegistry.add(described, { description: description2 });
  return described;
}

// src/policy/schema.ts
var atMost = (n, what) => `at most ${formatCount(n)} ${what}`;
var nonEmptyString = () => string().check(minLength(1));
var name = describe(
  string().check(minLength(1), maxLength(MAX_NAME_LENGTH, atMost(MAX_NAME_LENGTH, "characters"))),
  "A unique name, shown to people in the check run."
);
var description = optional(string().check(maxLength(MAX_DESCRIPTION_LENGTH, atMost(MAX_DESCRIPTION_LENGTH, "characters"))));
var tierName = describe(nonEmptyString(), "A tier defined in `tiers`.");
var glob = describe(nonEmptyString(), "A path glob (gitignore style: dot files match, a pattern without a slash matches at any depth).");
var globs = array(glob).check(minLength(1, "must list at least one glob"), maxLength(MAX_GLOBS_PER_LIST, atMost(MAX_GLOBS_PER_LIST, "globs")));
var optionalGlobs = optional(array(glob).check(maxLength(MAX_GLOBS_PER_LIST, atMost(MAX_GLOBS_PER_LIST, "globs"))));
var approvers = array(nonEmptyString()).check(maxLength(MAX_APPROVERS, atMost(MAX_APPROVERS, "teams and users")));
var count = () => int().check(gte(0));
var branchList = (description2) => describe(
  optional(array(nonEmptyString()).check(minLength(1), maxLength(MAX_GLOBS_PER_LIST, atMost(MAX_GLOBS_PER_LIST, "branches")))),
  description2
);
var EXTENDS_PATTERN = /^(?:[A-Za-z\d](?:[A-Za-z\d]|-(?=[A-Za-z\d])){0,38}\/)?[-_.\w]+(?::[-_./\w]+\.[Yy][Aa]?[Mm][Ll])?$/;
var approvalSchema = describe(
  strictObject({
    count: describe(count(), "How many distinct approvals are needed."),
    from: describe(
      optional(approvers.check(minLength(1, "must list at least one team (@org/slug) or user login"))),
      "Who may approve: team slugs as @org/slug, or user logins. Anyone with write access when omitted."
    ),
    code_owners: describe(
      optional(boolean()),
      "Also require, for the files at this tier or above, an approval from an owner of each distinct CODEOWNERS owner group (read from the base branch), on top of `count` and `from`."
    )
  }),
  "An approval requirement."
);
var ruleSchema = describe(
  strictObject({
    name,
    description,
    paths: describe(globs, "Globs of the paths this rule covers."),
    exclude: describe(optionalGlobs, "Globs removed from `paths`."),
    tier: tierName,
    precedence: describe(
      _default(enum2(["raise", "set"]), "raise"),
      "raise: matching files are at least `tier`. set: matching files are exactly `tier`, even inside a higher target or rule (the highest `set` rule wins); the policy file and .github/workflows/ are never lowered."
    )
  }),
  "A path rule: files matching it are at least this tier (or exactly, with `precedence: set`)."
);
var targetSchema = describe(
  strictObject({
    name,
    description,
    paths: describe(globs, "Globs of the paths that ship to this target."),
    exclude: optionalGlobs,
    environment: describe(
      string().check(minLength(1), maxLength(MAX_NAME_LENGTH, atMost(MAX_NAME_LENGTH, "characters"))),
      "Where the target ships (free text, shown to people)."
    ),
    tier: tierName,
    branches: branchList(
      "The target ships only from pull requests into these base branches, with GitHub's `on.push.branches` patterns: `*`, `**`, and `!` to exclude; the last matching pattern decides."
    ),
    branches_ignore: branchList("The target does not ship from pull requests into these base branches (GitHub's `branches-ignore`); not together with `branches`."),
    size: describe(
      optional(
        strictObject({
          changed_lines_over: describe(optional(count()), "More than this many changed lines in the target's own files."),
          changed_files_over: describe(optional(count()), "More than this many of the target's own files changed."),
          tier: describe(tierName, "The target's tier for this pull request when its size conditions all hold.")
        }).check(refine((s) => s.changed_lines_over !== void 0 || s.changed_files_over !== void 0, "must name changed_lines_over or changed_files_over"))
      ),
      "A higher tier for the target past a size of its own files (files a `set` rule lowered do not count)."
    )
  }).check(refine((t) => !(t.branches && t.branches_ignore), { message: "use either branches or branches_ignore, not both (as GitHub's branch filters)", path: ["branches_ignore"] })),
  "A deploy target: a service and the environment it ships to."
);
var sandboxSchema = describe(
  strictObject({
    name,
    description,
    paths: describe(globs, "Globs of the area juniors own."),
    exclude: optionalGlobs,
    max_changed_lines: describe(optional(count()), "Above this many changed lines (additions + deletions) in this sandbox, it does not count as a sandbox."),
    approvals: describe(optional(approvalSchema), "Replaces the lowest tier's approvals for sandboxed pull requests.")
  }),
  "An area juniors own: unmatched files here take the lowest tier."
);
var escalationScopeSchema = describe(
  strictObject({
    targets: describe(
      optional(
        strictObject({
          environments: describe(
            optional(
              array(string().check(minLength(1), maxLength(MAX_NAME_LENGTH, atMost(MAX_NAME_LENGTH, "characters")))).check(minLength(1), maxLength(MAX_GLOBS_PER_LIST, atMost(MAX_GLOBS_PER_LIST, "environments")))
            ),
            "Count only targets of these environments (exact names, case-insensitive)."
          ),
          min_tier: describe(optional(tierName), "Count only targets whose tier (after `size`) is at least this."),
          direct_only: describe(optional(boolean()), "Count only targets a changed file lies in, not those reached through a workspace dependency.")
        })
      ),
      "Which deploy targets `targets_over` counts."
    ),
    files: describe(
      optional(
        strictObject({
          min_tier: describe(optional(tierName), "Count only files whose tier is at least this."),
          exclude_never_ship: describe(optional(boolean()), "Leave out files that match `never_ship`.")
        })
      ),
      "Which files `changed_files_over` and `changed_lines_over` count."
    )
  }),
  "Limits what the conditions count; every limit must hold for a target or file to be counted."
);
var escalationSchema = describe(
  strictObject({
    name: optional(name),
    when: describe(
      strictObject({
        targets_over: describe(optional(count()), "More than this many deploy targets touched."),
        changed_files_over: describe(optional(count()), "More than this many changed files."),
        changed_lines_over: describe(optional(count()), "More than this many changed lines (additions + deletions).")
      }).check(refine((when) => Object.keys(when).length > 0, "must name at least one condition: targets_over, changed_files_over or changed_lines_over")),
      "Conditions; all of them must hold."
    ),
    only: optional(escalationScopeSchema),
    tier: tierName
  }),
  "Raises the whole pull request to at least `tier` when its conditions hold."
);
var discoverSchema = describe(
  strictObject({
    workflows: describe(
      optional(
        strictObject({
          environments: describe(
            _default(record(nonEmptyString(), tierName), {}),
            "Tier per GitHub environment name (case-insensitive; `*` matches any characters), e.g. `production: critical`."
          ),
          other_environments: describe(optional(tierName), "Tier of an environment `environments` does not list. Default: `default_tier`."),
          unknown_environment: describe(
            optional(tierName),
            "Tier of an environment known only at run time (`${{ matrix.env }}`, `${{ inputs.env }}`). Default: the highest tier."
          ),
          exclude: describe(
            _default(array(nonEmptyString()), []),
            "Workflow file names (in .github/workflows, `*` allowed) that are not deploy targets, e.g. `preview.yml`."
          ),
          without_environment: describe(
            optional(
              strictObject({
                workflows: describe(
                  array(nonEmptyString()).check(minLength(1, "must list at least one workflow file name")),
                  "Workflow file names (`*` allowed) that deploy on push though no job names a GitHub environment, e.g. `deploy-*.yml`."
                ),
                environment: describe(
                  optional(nonEmptyString()),
                  "Where they deploy, mapped through `environments`. Default: unknown (`unknown_environment`)."
                )
              })
            ),
            "Deploy workflows without a GitHub environment (a `flyctl deploy` or `docker push` step): each is one target."
          )
        })
      ),
      "Deploy targets from the workflows in .github/workflows that run on push and have a job with an environment."
    ),
    workspaces: describe(
      _default(boolean(), false),
      "Follow npm, yarn, pnpm and Go workspace dependencies: a target also covers the packages its packages depend on."
    )
  }),
  "Targets that come from the repository itself, read at the base commit."
);
var policySchema = describe(
  strictObject({
    version: describe(literal(1), "The policy format version. Always 1."),
    _extends: describe(
      optional(
        string().check(regex(EXTENDS_PATTERN, 'must be "repo", "owner/repo" or "owner/repo:path/to/policy.yml" (a .yml or .yaml file), the forms the config loader follows'))
      ),
      "Inherit from another repository's policy (app and action only): `repo`, `owner/repo` or `owner/repo:path.yml`."
    ),
    tiers: describe(
      _default(
        array(string().check(regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "must be letters, digits, '.', '_' or '-'"), maxLength(MAX_NAME_LENGTH, atMost(MAX_NAME_LENGTH, "characters")))).check(minLength(2, "must list at least two tiers"), maxLength(MAX_TIERS, atMost(MAX_TIERS, "tiers"))),
        [...DEFAULT_TIERS]
      ),
      "Tier names, lowest first."
    ),
    default_tier: describe(_default(tierName, "medium"), "Tier of a changed file that no rule, target or sandbox covers."),
    rules: _default(array(ruleSchema).check(maxLength(MAX_RULES, atMost(MAX_RULES, "rules"))), []),
    targets: _default(array(targetSchema).check(maxLength(MAX_TARGETS, atMost(MAX_TARGETS, "targets"))), []),
    sandboxes: _default(array(sandboxSchema).check(maxLength(MAX_SANDBOXES, atMost(MAX_SANDBOXES, "sandboxes"))), []),
    never_ship: describe(
      _default(array(glob).check(maxLength(MAX_GLOBS_PER_LIST, atMost(MAX_GLOBS_PER_LIST, "globs"))), []),
      "Globs of files that ship nowhere (tests, docs, stories): they belong to no target, written or discovered. Rules still give them their tier."
    ),
    discover: optional(discoverSchema),
    escalate: _default(array(escalationSchema).check(maxLength(MAX_ESCALATIONS, atMost(MAX_ESCALATIONS, "escalations"))), []),
    approvals: describe(_default(record(string(), approvalSchema), {}), "Approval requirement per tier; tiers not named need none."),
    labels: _default(
      strictObject({
        prefix: describe(_default(string().check(minLength(1), maxLength(40)), "risk:"), "Risk labels are <prefix><tier>."),
        sandbox: describe(
          _default(union([string().check(minLength(1), maxLength(50)), literal(false)], { error: "must be a label name, or false to add no sandbox label" }), "sandbox"),
          "Extra label on sandboxed pull requests; false turns it off."
        )
      }),
      { prefix: "risk:", sandbox: "sandbox" }
    ),
    override: describe(
      optional(
        strictObject({
          label: describe(string().check(minLength(1), maxLength(50)), "The break-glass label."),
          by: describe(approvers.check(minLength(1)), "Who may apply it: teams (@org/slug) or user logins.")
        })
      ),
      "Break-glass: the label passes the check when someone listed in `by` applied it."
    ),
    mode: describe(_default(enum2(["enforce", "report"]), "enforce"), "enforce blocks; report labels and explains but never blocks.")
  }),
  "Blast Radius policy (.github/blast-radius.yml)"
);

// src/policy/load.ts
function formatProblem(p) {
  return visible(`${p.file}:${p.line}:${p.column}: ${p.keyPath ? `${p.keyPath}: ` : ""}${p.message}`);
}
var PolicyError = class extends Error {
  constructor(problems) {
    super(problems.map(formatProblem).join("\n"));
    this.problems = problems;
    this.name = "PolicyError";
  }
  problems;
};
function formatKeyPath(path) {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}
function position(parsed, offset) {
  const { line, col } = parsed.lines.linePos(offset);
  return { line, column: col };
}
function locate(parsed, path, atKey = false) {
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth);
    if (atKey && depth === path.length && depth > 0) {
      const parent = sub.length > 1 ? parsed.doc.getIn(sub.slice(0, -1), true) : parsed.doc.contents;
      if (isMap(parent)) {
        const pair2 = parent.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(sub[sub.length - 1]));
        const keyNode = pair2?.key;
        if (keyNode?.range) return position(parsed, keyNode.range[0]);
      }
    }
    const node = depth === 0 ? parsed.doc.contents : parsed.doc.getIn(sub, true);
    if (node && typeof node === "object" && "range" in node && node.range) return position(parsed, node.range[0]);
  }
  return { line: 1, column: 1 };
}
var TOO_MANY_ALIASES = `too many aliases: a policy may use at most ${MAX_ALIASES} aliases (\`*name\`)`;
function sizeProblem(text) {
  if (text.length * 3 <= MAX_POLICY_BYTES) return null;
  const bytes = Buffer.byteLength(text, "utf8");
  return bytes > MAX_POLICY_BYTES ? `the policy file is ${formatCount(bytes)} bytes; a policy may be at most ${formatCount(MAX_POLICY_BYTES)} bytes (1 MiB)` : null;
}
function parseSource(source, problems) {
  const tooBig = sizeProblem(source.text);
  if (tooBig) {
    problems.push({ file: source.path, line: 1, column: 1, keyPath: "", message: tooBig });
    return null;
  }
  const lines = new LineCounter();
  const excessAliasAt = quickParse(source.text).excessAliasAt;
  if (excessAliasAt !== void 0) {
    const before = source.text.slice(0, excessAliasAt);
    const line = before.split("\n").length;
    problems.push({ file: source.path, line, column: excessAliasAt - before.lastIndexOf("\n"), keyPath: "", message: TOO_MANY_ALIASES });
    return null;
  }
  const doc = parseDocument(source.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problemAt = (node, message) => {
    const { line, col } = lines.linePos(node?.range?.[0] ?? 0);
    problems.push({ file: source.path, line, column: col, keyPath: "", message });
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const { line, col } = lines.linePos(error.pos[0]);
      const message = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
      problems.push({ file: source.path, line, column: col, keyPath: "", message: `invalid YAML: ${message}` });
    }
    return null;
  }
  const aliases = aliasesOf(doc);
  if (aliases.length > MAX_ALIASES) {
    problemAt(aliases[MAX_ALIASES], TOO_MANY_ALIASES);
    return null;
  }
  let value;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    problemAt(aliases.find((alias) => !alias.resolve(doc)) ?? aliases[0], `invalid YAML: ${error.message}`);
    return null;
  }
  const measured = measureValue(value);
  if (measured === "too many values") {
    problemAt(aliases[0], `the policy holds more than ${formatCount(MAX_VALUES)} values${aliases.length ? " once its aliases are expanded" : ""}`);
    return null;
  }
  if (measured === "too deep") {
    problemAt(void 0, `the policy nests mappings and lists more than ${MAX_DEPTH} levels deep`);
    return null;
  }
  if (value === null || value === void 0) {
    problems.push({ file: source.path, line: 1, column: 1, keyPath: "", message: "the policy is empty: it needs at least `version: 1`" });
    return null;
  }
  if (typeof value !== "object" || Array.isArray(value)) {
    problems.push({ file: source.path, line: 1, column: 1, keyPath: "", message: "the policy must be a mapping of keys (like `version: 1`)" });
    return null;
  }
  return { source, doc, lines, value };
}
function aliasesOf(doc) {
  const aliases = [];
  visit(doc, {
    Alias(_, alias) {
      aliases.push(alias);
    }
  });
  return aliases;
}
function valueAt(value, path) {
  let current = value;
  for (const seg of path) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, seg)) return void 0;
    current = current[seg];
  }
  return current;
}
function schemaAt(path) {
  let schema2 = policySchema;
  for (const seg of path) {
    schema2 = unwrap(schema2);
    const def = schema2?.def;
    if (!def) return void 0;
    if (def.type === "object") schema2 = Object.hasOwn(def.shape, String(seg)) ? def.shape[String(seg)] : void 0;
    else if (def.type === "array") schema2 = def.element;
    else if (def.type === "record") schema2 = def.valueType;
    else return void 0;
  }
  return unwrap(schema2);
}
function unwrap(schema2) {
  let current = schema2;
  for (; ; ) {
    const def = current?.def;
    if (def && (def.type === "default" || def.type === "optional" || def.type === "nullable" || def.type === "prefault") && def.innerType) {
      current = def.innerType;
    } else return current;
  }
}
function validKeysAt(path) {
  const def = schemaAt(path)?.def;
  return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}
function loadPolicy(sources) {
  const policy = loadValidPolicyQuickly(sources);
  return policy ? { ok: true, policy } : loadPolicyWithPositions(sources);
}
function parseYamlQuickly(text) {
  return quickParse(text).value;
}
function quickParse(text) {
  const cached2 = quickParses.get(text);
  if (cached2) return cached2;
  const parse2 = { value: void 0 };
  try {
    const value = sizeProblem(text) ? void 0 : loadYaml(text, { schema: CORE_SCHEMA, maxAliases: MAX_ALIASES });
    if (measureValue(value, text.includes("&")) === "ok") parse2.value = value;
  } catch (error) {
    const { reason, mark } = error;
    if (reason?.startsWith("aliases exceeded maxAliases") && mark) parse2.excessAliasAt = Math.max(0, mark.position - 1);
  }
  if (quickParses.size >= 8) quickParses.delete(quickParses.keys().next().value);
  quickParses.set(text, parse2);
  return parse2;
}
var quickParses = /* @__PURE__ */ new Map();
function loadValidPolicyQuickly(sources) {
  const entries = [];
  const seen = /* @__PURE__ */ new Set();
  for (const source of sources) {
    const value = parseYamlQuickly(source.text);
    if (!value || typeof value !== "object" || Array.isArray(value)) return null;
    for (const [key, v] of Object.entries(value)) {
      if (!seen.has(key)) {
        seen.add(key);
        entries.push([key, v]);
      }
    }
  }
  const merged = Object.fromEntries(entries);
  const result = policySchema.safeParse(merged);
  if (!result.success) return null;
  let valid = true;
  checkMeaning(result.data, merged, () => valid = false);
  return valid ? result.data : null;
}
function loadPolicyWithPositions(sources) {
  const problems = [];
  const parsed = sources.map((s) => parseSource(s, problems));
  if (problems.length > 0) return { ok: false, problems };
  const docs = parsed;
  if (docs.length === 0) throw new Error("loadPolicy needs at least one source");
  const entries = [];
  const origin = /* @__PURE__ */ new Map();
  for (const doc of docs) {
    for (const [key, value] of Object.entries(doc.value)) {
      if (!origin.has(key)) {
        origin.set(key, doc);
        entries.push([key, value]);
      }
    }
  }
  const merged = Object.fromEntries(entries);
  const owner = (path) => origin.get(String(path[0])) ?? docs[0];
  const report = (path, message, atKey = false) => {
    const doc = owner(path);
    problems.push({ file: doc.source.path, ...locate(doc, path, atKey), keyPath: formatKeyPath(path), message });
  };
  const result = policySchema.safeParse(merged);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p) => typeof p !== "symbol");
      if (issue.code === "unrecognized_keys") {
        const valid = validKeysAt(path);
        for (const key of issue.keys) {
          const guess = closest(key, valid);
          const hint = guess ? `; did you mean "${guess}"?` : valid.length ? ` (valid keys: ${valid.join(", ")})` : "";
          report([...path, key], `unknown key "${key}"${hint}`, true);
        }
      } else if ((issue.code === "invalid_type" || issue.code === "invalid_value") && path.length > 0 && valueAt(merged, path) === void 0) {
        report(path, `missing required key "${String(path[path.length - 1])}"`);
      } else {
        report(path, issue.message.replace(/^Invalid (input|option): /, ""));
      }
    }
    checkMeaningOfValidParts(merged, result.error.issues, report);
    return { ok: false, problems };
  }
  checkMeaning(result.data, merged, report);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, policy: result.data };
}
function checkMeaningOfValidParts(merged, issues, report) {
  const rejected = new Set(issues.map((i) => String(i.path[0] ?? "")));
  if (rejected.has("tiers") || rejected.has("")) return;
  const shape = policySchema.shape;
  const partial = {};
  for (const key of Object.keys(shape)) {
    if (rejected.has(key)) continue;
    partial[key] = key === "version" ? 1 : merged[key];
  }
  const repaired = policySchema.safeParse(partial);
  if (!repaired.success) return;
  checkMeaning(repaired.data, merged, (path, message, atKey) => {
    if (!rejected.has(String(path[0]))) report(path, message, atKey);
  });
}
var LOGIN = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
var TEAM = new RegExp(`^@${LOGIN}/[A-Za-z0-9._-]+$`);
var USER = new RegExp(`^${LOGIN}(?:\\[bot\\])?$`);
function approverProblem(entry) {
  if (TEAM.test(entry) || USER.test(entry)) return null;
  const bare = /^@([A-Za-z0-9._-]+)$/.exec(entry);
  if (bare) return `"${entry}" names a team without its organisation: write "@<org>/${bare[1]}" for the team, or "${bare[1]}" (without @) for the user`;
  return `"${entry}" is neither a team (@org/team-slug) nor a user login`;
}
function checkMeaning(policy, written, report) {
  const tiers = new Set(policy.tiers);
  const seenTiers = /* @__PURE__ */ new Set();
  policy.tiers.forEach((tier, i) => {
    if (seenTiers.has(tier)) report(["tiers", i], `tier "${tier}" is listed twice`);
    seenTiers.add(tier);
  });
  const checkTier = (path, tier, atKey = false) => {
    if (tiers.has(tier)) return;
    const guess = closest(tier, policy.tiers);
    report(path, `unknown tier "${tier}" (tiers are ${policy.tiers.join(", ")})${guess ? `; did you mean "${guess}"?` : ""}`, atKey);
  };
  if ("default_tier" in written) checkTier(["default_tier"], policy.default_tier);
  else if (!tiers.has(policy.default_tier)) {
    report(["tiers"], `default_tier is not set and its default "${policy.default_tier}" is not one of these tiers; set default_tier to one of ${policy.tiers.join(", ")}`);
  }
  const writtenApprovals = written.approvals;
  const approvalTiers = writtenApprovals && typeof writtenApprovals === "object" ? Object.keys(writtenApprovals) : Object.keys(policy.approvals);
  for (const tier of approvalTiers) checkTier(["approvals", tier], tier, true);
  let globCount = 0;
  let patternCount = 0;
  const checkGlobs = (path, globs2) => globs2?.forEach((glob2, i) => {
    if (++globCount === MAX_GLOBS + 1) report([...path, i], `the policy lists more than ${formatCount(MAX_GLOBS)} globs in paths and exclude`);
    const problem = globProblem(glob2);
    if (problem) report([...path, i], `invalid glob "${glob2}": ${problem}`);
    else countPatterns([...path, i], glob2);
  });
  const countPatterns = (path, glob2) => {
    if (patternCount > MAX_PATTERNS) return;
    const count2 = glob2.includes("{") ? braceExpansionCount(glob2, Math.min(MAX_BRACE_EXPANSIONS, MAX_PATTERNS - patternCount) + 1) : 1;
    patternCount += count2;
    if (count2 > MAX_BRACE_EXPANSIONS) {
      report(path, `invalid glob "${glob2}": expands to more than ${formatCount(MAX_BRACE_EXPANSIONS)} patterns through its braces; list fewer alternatives or use a wildcard`);
    } else if (patternCount > MAX_PATTERNS) {
      report(path, `the policy's globs expand to more than ${formatCount(MAX_PATTERNS)} patterns through their braces`);
    }
  };
  const checkApprovers = (path, who) => who?.forEach((entry, i) => {
    const problem = approverProblem(entry);
    if (problem) report([...path, i], problem);
  });
  for (const listKey of ["rules", "targets", "sandboxes"]) {
    const names = /* @__PURE__ */ new Map();
    policy[listKey].forEach((entry, i) => {
      const first = names.get(entry.name);
      if (first !== void 0) report([listKey, i, "name"], `duplicate name "${entry.name}" (also ${listKey}[${first}])`);
      else names.set(entry.name, i);
      checkGlobs([listKey, i, "paths"], entry.paths);
      checkGlobs([listKey, i, "exclude"], entry.exclude);
      if ("tier" in entry) checkTier([listKey, i, "tier"], entry.tier);
    });
  }
  policy.targets.forEach((target, i) => {
    if (target.branches?.every((b) => b.startsWith("!"))) {
      report(["targets", i, "branches"], `lists only '!' patterns, so it matches no branch: add the branches it ships from first (e.g. "**", then "!prod"), or use branches_ignore`);
    }
    if (target.size) checkTier(["targets", i, "size", "tier"], target.size.tier);
    for (const key of ["branches", "branches_ignore"]) {
      target[key]?.forEach((b, j) => {
        const problem = b === "!" ? "is empty after '!'" : filterPatternProblem(b);
        if (problem) report(["targets", i, key, j], `invalid branch pattern "${b}": ${problem}`);
      });
    }
  });
  const checkSatisfiable = (path, rule) => {
    if (!rule?.from || rule.from.some((entry) => "team" in parseApprover(entry))) return;
    const users = new Set(rule.from.map((entry) => entry.replace(/^@/, "").toLowerCase()));
    if (rule.count > users.size) report([...path, "count"], `needs ${rule.count} approvals but \`from\` lists only ${users.size} user${users.size === 1 ? "" : "s"} and no team, so it can never be met`);
  };
  policy.sandboxes.forEach((sandbox, i) => {
    checkApprovers(["sandboxes", i, "approvals", "from"], sandbox.approvals?.from);
    checkSatisfiable(["sandboxes", i, "approvals"], sandbox.approvals);
  });
  policy.escalate.forEach((escalation, i) => {
    checkTier(["escalate", i, "tier"], escalation.tier);
    const { targets, files } = escalation.only ?? {};
    if (targets?.min_tier !== void 0) checkTier(["escalate", i, "only", "targets", "min_tier"], targets.min_tier);
    if (files?.min_tier !== void 0) checkTier(["escalate", i, "only", "files", "min_tier"], files.min_tier);
    if (targets && escalation.when.targets_over === void 0) report(["escalate", i, "only", "targets"], "limits which targets count, but the entry has no targets_over");
    if (files && escalation.when.changed_files_over === void 0 && escalation.when.changed_lines_over === void 0) {
      report(["escalate", i, "only", "files"], "limits which files count, but the entry has neither changed_files_over nor changed_lines_over");
    }
  });
  for (const [tier, rule] of Object.entries(policy.approvals)) {
    checkApprovers(["approvals", tier, "from"], rule.from);
    checkSatisfiable(["approvals", tier], rule);
  }
  if (policy.override) checkApprovers(["override", "by"], policy.override.by);
  checkDiscoverMeaning(policy, { checkTier, checkGlobs, report });
}

// src/render/json.ts
function decisionReport(decision, extra = {}) {
  return {
    tier: decision.tier,
    sandboxed: decision.sandboxed,
    labels: decision.labels,
    targets: decision.targets,
    files: decision.files,
    escalations: decision.escalations,
    sandboxes: decision.sandboxes,
    approvals: decision.approvals,
    mode: decision.mode,
    truncated: decision.truncated,
    totals: decision.totals,
    notes: decision.notes,
    ...extra
  };
}

// src/render/membership.ts
var teams = (list) => list.map((t) => t.startsWith("@") ? t : `@${t}`).join(" or ");
var TEAM_MEMBERSHIP_FIXES = "Team membership needs the organisation permission Members: read, which a workflow's GITHUB_TOKEN never has. Either run the Blast Radius app (its installation has Members: read), or pass a GitHub App installation token with Members: read as the Action's `token` input (for example from actions/create-github-app-token), or list the approvers as users in `from`.";
function unreadableMembership(context) {
  const lines = [];
  const cannotRead = (list) => `the token cannot read whether they are in ${teams(list)} (it lacks Members: read, or no such team exists)`;
  for (const u of context.approval?.unknown ?? []) {
    lines.push(`@${u.login} approved, but ${cannotRead(u.teams)}, so the approval is not counted.`);
  }
  const o = context.override;
  if (o?.unknownTeams?.length && o.appliedBy) {
    lines.push(`@${o.appliedBy} applied ${markdownCode(o.label, false)}, but ${cannotRead(o.unknownTeams)}, so the override is not applied.`);
  }
  if (context.reviewRequests?.undecidedTeams.length) {
    lines.push(`No review was requested from ${teams(context.reviewRequests.undecidedTeams)}: the token cannot read whether someone who reviewed this commit is a member.`);
  }
  return lines;
}
function teamReviewRequestRefused(requested, owner, githubMessage) {
  return `GitHub refused to request a review from ${teams(requested.map((t) => `${owner}/${t}`))} (${githubMessage}). A token that cannot see the organisation's teams (a workflow's GITHUB_TOKEN) cannot request team reviews, and neither can one for a team without access to the repository. ` + TEAM_MEMBERSHIP_FIXES;
}

// src/render/markdown.ts
var GITHUB_OUTPUT_LIMIT = 65535;
var TIER_ICONS = ["\u{1F7E2}", "\u{1F7E1}", "\u{1F7E0}", "\u{1F534}", "\u{1F7E3}"];
function tierIcon(decision, tier = decision.tier) {
  const rank = decision.tiers.indexOf(tier);
  const top = decision.tiers.length - 1;
  if (rank === top) return top >= 3 ? "\u{1F534}" : "\u{1F7E0}";
  return TIER_ICONS[Math.min(rank, TIER_ICONS.length - 2)] ?? "\u26AA";
}
var login = (name2) => /^[A-Za-z0-9-]+(\[bot\])?$/.test(name2) ? name2 : markdownText(name2);
var markdownStyle = { name: (v) => `**${markdownText(v)}**`, text: markdownText, path: (v) => markdownCode(v), defaultTier: ": `default_tier`", arrow: "\u2192" };
function describeReason(reason) {
  return reasonPhrase(reason, markdownStyle);
}
function fileRow(file) {
  const path = file.previousPath ? `${markdownCode(file.previousPath)} \u2192 ${markdownCode(file.path)}` : markdownCode(file.path);
  const setting = file.reasons.filter((r) => r.tier === file.tier);
  const others = file.reasons.filter((r) => r.tier !== file.tier);
  const never = neverShipText(file);
  const why = [...setting.map(describeReason), ...never ? [markdownText(never)] : []].join("; ") + (others.length ? ` (also ${others.map((r) => `${describeReason(r)}: ${r.tier}`).join("; ")})` : "");
  return `| ${path} | ${file.tier} | ${why} |`;
}
function approvalLines(decision, ctx) {
  const lines = [];
  const req = decision.approvals;
  if (!req) {
    lines.push(`- **Approval:** none needed for ${decision.sandboxed ? "a sandboxed pull request" : `tier ${decision.tier}`}.`);
  } else {
    lines.push(`- **Approval:** ${approvalsPhrase(req.count, req.from)} on the latest commit (${markdownText(req.source)}).`);
    if (ctx.approval) {
      const { approvedBy, ignored, missing } = ctx.approval;
      lines.push(`- **Approved by:** ${approvedBy.length ? approvedBy.map((l) => `@${login(l)}`).join(", ") : "nobody yet"}${missing > 0 ? ` \u2014 ${missing} more needed` : ""}.`);
      for (const i of ignored) lines.push(`- Not counted: @${login(i.login)} ${markdownText(i.reason)}.`);
    }
  }
  if (req?.codeOwners) {
    lines.push(`- **Code owners** (files at ${req.codeOwners.tier} or above, from ${req.codeOwners.source ? markdownCode(req.codeOwners.source) : "CODEOWNERS"}):`);
    lines.push(...codeOwnersLines(req.codeOwners, ctx.approval?.codeOwners, markdownStyle).map((l) => `  - ${l}`));
  }
  const unreadable = unreadableMembership(ctx);
  if (unreadable.length) lines.push(...unreadable.map((l) => `- **Cannot read team membership:** ${l}`), `- ${TEAM_MEMBERSHIP_FIXES}`);
  const o = ctx.override;
  if (o) {
    const label = markdownCode(o.label, false);
    const by = o.appliedBy === null ? null : login(o.appliedBy);
    if (o.notForHead) {
      const when = o.notForHead === "pushed later" ? "was applied before the latest push" : "cannot be shown to postdate the latest push (GitHub does not say when it happened)";
      lines.push(`- **Override not for this commit:** ${label}${by ? ` (applied by @${by})` : ""} ${when}. An override covers only the commit it was given for: remove the label and apply it again to override the new head commit.`);
    } else if (o.allowed) lines.push(`- **Override:** @${by} applied ${label}; the check passes regardless of approvals.`);
    else if (by && o.unknownTeams?.length) lines.push(`- **Override not confirmed:** @${by} applied ${label}; see below.`);
    else if (by) lines.push(`- **Override ignored:** @${by} applied ${label} but is not allowed to (see \`override.by\`).`);
    else lines.push(`- **Override ignored:** ${label} is present but GitHub does not say who applied it.`);
  }
  if (decision.mode === "report") lines.push("- **Mode:** report \u2014 this check labels and explains but never blocks.");
  return lines;
}
function renderMarkdown(decision, ctx = {}, limit = GITHUB_OUTPUT_LIMIT) {
  const head = [];
  const title = ctx.gate?.title ?? `${decision.tier} risk`;
  head.push(`## ${tierIcon(decision)} ${markdownText(title)}`, "");
  const setting = decision.files.filter((f) => f.tier === decision.tier);
  const fileCount = decision.totals.files;
  head.push(
    `**${decision.tier}** risk from ${plural(fileCount, "changed file")}` + (decision.totals.changedLines !== null ? ` (${decision.totals.changedLines} changed lines)` : "") + (decision.sandboxed ? ", all inside sandboxes." : "."),
    ""
  );
  head.push(...approvalLines(decision, ctx), "");
  if (decision.escalations.length) {
    head.push("### Escalations", "");
    for (const e of decision.escalations) head.push(`- **${markdownText(e.condition)}** \u2192 ${e.tier}: ${markdownText(e.description)}`);
    head.push("");
  }
  if (decision.targets.length) {
    head.push("### Deploy targets touched", "", "| Target | Environment | Tier | Files |", "|---|---|---|---|");
    for (const t of decision.targets) {
      const shown2 = t.files.slice(0, 3).map((f) => markdownCode(f)).join(", ") + (t.files.length > 3 ? ` and ${t.files.length - 3} more` : "");
      const details = targetTouchedDetails(t);
      head.push(`| ${markdownText(t.name)}${details.length ? `<br><sub>${markdownText(details.join("; "))}</sub>` : ""} | ${markdownText(environmentText(t.environment, t.origin))} | ${targetTier(t)} | ${shown2}${loweredNote(t, (f) => markdownCode(f))} |`);
    }
    head.push("");
  }
  if (decision.sandboxes.length) {
    head.push("### Sandboxes", "");
    for (const s of decision.sandboxes) {
      const lines = s.changedLines === null ? "" : `, ${s.changedLines} changed lines${s.maxChangedLines !== void 0 ? ` (limit ${s.maxChangedLines})` : ""}`;
      head.push(`- **${markdownText(s.name)}**: ${plural(s.files.length, "file")}${lines}${s.counts ? "" : ` \u2014 does not count as a sandbox: ${markdownText(s.note ?? "")}`}`);
    }
    head.push("");
  }
  for (const note of decision.notes) head.push(`> ${markdownText(note)}`, "");
  const footer = ["", "---"];
  const where = [ctx.policySource ? `Policy: ${ctx.policySource}` : "", `mode ${decision.mode}`, ctx.headSha ? `commit ${ctx.headSha.slice(0, 7)}` : ""].filter(Boolean);
  footer.push(`<sub>${markdownText(where.join(" \xB7 "))} \xB7 [Blast Radius](https://github.com/blast-radius/blast-radius)</sub>`);
  const rank = (t) => decision.tiers.indexOf(t);
  const ordered = [...setting, ...decision.files.filter((f) => f.tier !== decision.tier).sort((a, b) => rank(b.tier) - rank(a.tier))];
  const tableHead = [`### Files (${decision.files.length}${decision.truncated ? ` of ${decision.totals.files} listed by GitHub` : ""})`, "", "| File | Tier | Why |", "|---|---|---|"];
  let body = head.join("\n") + "\n" + tableHead.join("\n") + "\n";
  const tail = footer.join("\n");
  const budget = limit - tail.length - 200;
  let shown = 0;
  for (const file of ordered) {
    const row = fileRow(file) + "\n";
    if (body.length + row.length > budget) break;
    body += row;
    shown++;
  }
  if (shown < ordered.length) body += `
\u2026 and ${plural(ordered.length - shown, "more file")} (not shown: the summary is limited to ${limit} characters; run \`blast-radius evaluate\` for all of them).
`;
  const out = body + tail;
  if (out.length <= limit) return out;
  let cut = limit - 1;
  const last = out.charCodeAt(cut - 1);
  if (last >= 55296 && last <= 56319) cut--;
  return out.slice(0, cut) + "\u2026";
}

// src/github/check-run.ts
var CHECK_NAME_PREFIX = "blast-radius: ";
var checkName = (baseRef) => `${CHECK_NAME_PREFIX}${baseRef}`;
var clip = (s, limit) => s.length > limit ? `${s.slice(0, limit - 1)}\u2026` : s;
async function findCheckRun(client, repo, name2, headSha, appId) {
  const { data } = await client.request("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
    ...repo,
    ref: headSha,
    check_name: name2,
    filter: "latest",
    per_page: 100
  });
  const runs = data.check_runs.filter((r) => appId === void 0 || r.app?.id === appId);
  return runs[0] ?? null;
}
function planCheckRun(content, existing) {
  const output = { title: clip(content.title, 1e3), summary: clip(content.summary, GITHUB_OUTPUT_LIMIT) };
  if (existing && existing.status === "completed" && existing.conclusion === content.conclusion && existing.output?.title === output.title && existing.output?.summary === output.summary) {
    return null;
  }
  return { existing, body: { status: "completed", conclusion: content.conclusion, output, ...content.detailsUrl ? { details_url: content.detailsUrl } : {} } };
}
async function applyCheckRun(client, repo, content, plan) {
  if (plan.existing) {
    try {
      await client.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", { ...repo, check_run_id: plan.existing.id, ...plan.body });
      return "updated";
    } catch (error) {
      if (!isStatus(error, 403, 404)) throw error;
    }
  }
  await client.request("POST /repos/{owner}/{repo}/check-runs", { ...repo, name: content.name, head_sha: content.headSha, ...plan.body });
  return "created";
}
function checkRunReconciler(client, repo, content, existing) {
  let sent = "unchanged";
  return {
    what: "check run",
    plan: async () => planCheckRun(content, await existing()),
    apply: async (plan) => {
      sent = await applyCheckRun(client, repo, content, plan);
    },
    sent: () => sent
  };
}

// src/github/facts.ts
var GITHUB_FILE_LIST_CAP = 3e3;
var PER_PAGE = 100;
async function readPullRequest(client, ref) {
  const { data } = await client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
    owner: ref.owner,
    repo: ref.repo,
    pull_number: ref.pullNumber
  });
  return {
    number: data.number,
    title: data.title ?? "",
    author: data.user?.login ?? "",
    headSha: data.head.sha,
    headRef: data.head.ref,
    headRepo: data.head.repo?.full_name ?? null,
    baseRef: data.base.ref,
    baseSha: data.base.sha,
    draft: Boolean(data.draft),
    state: data.state,
    labels: (data.labels ?? []).map((l) => l.name),
    requestedUsers: (data.requested_reviewers ?? []).map((u) => u.login),
    requestedTeams: (data.requested_teams ?? []).map((t) => t.slug),
    changedFiles: data.changed_files ?? 0
  };
}
function toChangedFile(f) {
  return {
    path: f.filename,
    ...f.status ? { status: f.status } : {},
    additions: f.additions ?? 0,
    deletions: f.deletions ?? 0,
    ...f.previous_filename ? { previousPath: f.previous_filename } : {}
  };
}
var BLOB_COMMIT = /\/blob\/([0-9a-f]{40})\//i;
async function listFiles(client, ref, changedFiles) {
  const pages = Math.max(1, Math.ceil(Math.min(changedFiles, GITHUB_FILE_LIST_CAP) / PER_PAGE));
  const responses = await Promise.all(
    Array.from(
      { length: pages },
      (_, i) => client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
        owner: ref.owner,
        repo: ref.repo,
        pull_number: ref.pullNumber,
        per_page: PER_PAGE,
        page: i + 1
      })
    )
  );
  const files = responses.flatMap((r) => r.data);
  let link = String(responses[responses.length - 1].headers.link ?? "");
  let page = pages;
  while (/rel="next"/.test(link) && files.length < GITHUB_FILE_LIST_CAP) {
    page++;
    const next = await client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
      owner: ref.owner,
      repo: ref.repo,
      pull_number: ref.pullNumber,
      per_page: PER_PAGE,
      page
    });
    files.push(...next.data);
    link = String(next.headers.link ?? "");
  }
  return { files: files.map(toChangedFile), listedAt: new Set(files.map((f) => BLOB_COMMIT.exec(f.blob_url ?? "")?.[1].toLowerCase() ?? null)) };
}
var IncompleteListError = class extends Error {
};
var MAX_PAGES = 100;
async function readEveryPage(client, route, params, what, maxPages) {
  let pages = 0;
  let incomplete = false;
  const items = await paginateOf(client)(route, { ...params, per_page: PER_PAGE }, (response, done) => {
    pages++;
    if (pages >= maxPages && /rel="next"/.test(String(response.headers.link ?? ""))) {
      incomplete = true;
      done();
    }
    return response.data;
  });
  if (incomplete) throw new IncompleteListError(`the pull request has more than ${maxPages * PER_PAGE} ${what}, more than Blast Radius reads`);
  return items;
}
async function listReviews(client, ref, maxPages = MAX_PAGES) {
  const data = await readEveryPage(
    client,
    "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
    { owner: ref.owner, repo: ref.repo, pull_number: ref.pullNumber },
    "reviews",
    maxPages
  );
  return data.flatMap(
    (r) => r.user ? [{ id: r.id, login: r.user.login, state: r.state, commitId: r.commit_id, isBot: r.user.type === "Bot" || r.user.login.endsWith("[bot]") }] : []
  );
}
async function findHeadPush(client, pr) {
  if (!pr.headRepo) return null;
  const [owner, repo] = pr.headRepo.split("/");
  let data;
  try {
    ({ data } = await client.request("GET /repos/{owner}/{repo}/activity", { owner, repo, ref: `refs/heads/${pr.headRef}`, per_page: 30 }));
  } catch (error) {
    if (isStatus(error, 404)) return null;
    throw error;
  }
  const push = data.find((a) => a.after === pr.headSha);
  return push ? { pusher: push.actor?.login ?? null, at: push.timestamp } : null;
}
var TeamMembership = class {
  constructor(client) {
    this.client = client;
  }
  client;
  answers = /* @__PURE__ */ new Map();
  visibleTeams = /* @__PURE__ */ new Map();
  /** The predicate the engine asks (policy-bot's IsTeamMember). */
  isMember = (team, login2) => {
    const key = `${team.toLowerCase()}:${login2.toLowerCase()}`;
    let answer = this.answers.get(key);
    if (!answer) {
      answer = this.lookUp(team, login2);
      this.answers.set(key, answer);
    }
    return answer;
  };
  async lookUp(team, login2) {
    const [org, slug] = team.split("/");
    try {
      const { data } = await this.client.request("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", { org, team_slug: slug, username: login2 });
      return data?.state === "active" ? "member" : "not a member";
    } catch (error) {
      if (isStatus(error, 403)) return "unknown";
      if (!isStatus(error, 404)) throw error;
      return await this.canSeeTeam(org, slug) ? "not a member" : "unknown";
    }
  }
  canSeeTeam(org, slug) {
    const key = `${org}/${slug}`.toLowerCase();
    let visible2 = this.visibleTeams.get(key);
    if (!visible2) {
      visible2 = this.client.request("GET /orgs/{org}/teams/{team_slug}", { org, team_slug: slug }).then(
        () => true,
        (error) => {
          if (isStatus(error, 403, 404)) return false;
          throw error;
        }
      );
      this.visibleTeams.set(key, visible2);
    }
    return visible2;
  }
};
async function whoAppliedLabel(client, ref, label) {
  const fetchPage = (page) => client.request("GET /repos/{owner}/{repo}/issues/{issue_number}/events", {
    owner: ref.owner,
    repo: ref.repo,
    issue_number: ref.pullNumber,
    per_page: PER_PAGE,
    page
  });
  const first = await fetchPage(1);
  const last = /[?&]page=(\d+)>; rel="last"/.exec(String(first.headers.link ?? ""));
  const lastPage = last ? Number(last[1]) : 1;
  for (let page = lastPage; page >= 1; page--) {
    const events = (page === 1 ? first : await fetchPage(page)).data;
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i];
      if (e.event === "labeled" && e.label?.name.toLowerCase() === label.toLowerCase()) return { actor: e.actor?.login ?? null, at: e.created_at };
    }
    if (lastPage - page >= 4) break;
  }
  return null;
}

// src/github/labels.ts
var TIER_COLORS = ["0e8a16", "fbca04", "d93f0b", "b60205", "5319e7"];
var SANDBOX_COLOR = "1d76db";
var GITHUB_DEFAULT_LABEL_COLOR = "ededed";
var lower = (s) => s.toLowerCase();
function planLabels(current, wanted, managed) {
  const have = new Set(current.map(lower));
  const want = new Set(wanted.map(lower));
  const ours = new Set(managed.map(lower));
  return {
    add: wanted.filter((l) => !have.has(lower(l))),
    remove: current.filter((l) => ours.has(lower(l)) && !want.has(lower(l)))
  };
}
function labelStyle(policy, label) {
  const tierIndex = policy.tiers.findIndex((t) => lower(`${policy.labels.prefix}${t}`) === lower(label));
  if (tierIndex >= 0) {
    const top = policy.tiers.length - 1;
    const color = tierIndex === top ? TIER_COLORS[3] : TIER_COLORS[Math.min(Math.round(tierIndex / Math.max(1, top) * 3), 2)];
    return { color, description: `Blast Radius: ${policy.tiers[tierIndex]} risk` };
  }
  return { color: SANDBOX_COLOR, description: "Blast Radius: every change is inside a sandbox juniors own" };
}
async function applyLabels(client, ref, plan, policy, styled) {
  const repo = { owner: ref.owner, repo: ref.repo };
  const writes = [];
  if (plan.add.length > 0) {
    writes.push(
      client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", { ...repo, issue_number: ref.pullNumber, labels: plan.add }).then(async ({ data }) => {
        for (const label of data) {
          const key = `${ref.owner}/${ref.repo}:${lower(label.name)}`;
          if (!plan.add.some((a) => lower(a) === lower(label.name)) || styled.has(key)) continue;
          if (lower(label.color) === GITHUB_DEFAULT_LABEL_COLOR && !label.description) {
            await client.request("PATCH /repos/{owner}/{repo}/labels/{name}", { ...repo, name: label.name, ...labelStyle(policy, label.name) });
          }
          styled.add(key);
        }
      })
    );
  }
  for (const name2 of plan.remove) {
    writes.push(
      client.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", { ...repo, issue_number: ref.pullNumber, name: name2 }).catch((error) => {
        if (error.status !== 404) throw error;
      })
    );
  }
  const results = await Promise.allSettled(writes);
  const failed = results.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
}
function labelReconciler(client, ref, input) {
  return {
    what: "labels",
    plan: async () => {
      const plan = planLabels(input.current, input.wanted, managedLabels(input.policy));
      return plan.add.length || plan.remove.length ? plan : null;
    },
    apply: (plan) => applyLabels(client, ref, plan, input.policy, input.styled)
  };
}

// src/github/code-owners.ts
async function readCodeOwners(client, repo, baseRef) {
  for (const path of CODEOWNERS_LOCATIONS) {
    try {
      const response = await client.request("GET /repos/{owner}/{repo}/contents/{path}", {
        ...repo,
        path,
        ref: `refs/heads/${baseRef}`,
        headers: { accept: "application/vnd.github.raw+json" }
      });
      if (typeof response.data === "string") return { path, text: response.data };
    } catch (error) {
      if (!isStatus(error, 404)) throw error;
    }
  }
  return null;
}

// src/github/policy.ts
import { composeConfigGet } from "@probot/octokit-plugin-config";
import { LRUCache as LRUCache2 } from "lru-cache";

// src/policy/default.ts
var DEFAULT_POLICY_YAML = `# Blast Radius built-in default policy (report mode: labels and explains, never blocks)
version: 1
tiers: [low, medium, high, critical]
default_tier: medium
rules:
  - name: docs
    paths: ["docs/**", "*.md", "*.txt", "LICENSE*"]
    tier: low
  - name: tests
    paths: ["test/**", "tests/**", "__tests__/**", "spec/**", "*.test.*", "*.spec.*", "*_test.go", "test_*.py"]
    tier: low
  - name: ci-and-repository-settings
    paths: [".github/**", ".gitlab-ci.yml", "CODEOWNERS"]
    tier: high
  - name: infrastructure
    paths: ["infra/**", "terraform/**", "*.tf", "k8s/**", "helm/**", "Dockerfile", "docker-compose*.yml"]
    tier: high
  - name: database-migrations
    paths: ["migrations/**", "*.sql"]
    tier: high
escalate:
  - when: { changed_files_over: 100 }
    tier: high
  - when: { changed_lines_over: 5000 }
    tier: high
approvals:
  high: { count: 1 }
  critical: { count: 2 }
mode: report
`;
var cached;
function defaultPolicy() {
  if (!cached) {
    const result = loadPolicy([{ path: DEFAULT_POLICY_NAME, text: DEFAULT_POLICY_YAML }]);
    if (!result.ok) throw new PolicyError(result.problems);
    cached = result.policy;
  }
  return cached;
}

// src/github/policy.ts
var UnreadableBase = class extends Error {
  constructor(declaredIn, target, reason) {
    super(`cannot read ${target}: ${reason}`);
    this.declaredIn = declaredIn;
    this.target = target;
    this.reason = reason;
  }
  declaredIn;
  target;
  reason;
};
var sameName = (a, b) => a.toLowerCase() === b.toLowerCase();
function sourceName(file, home) {
  return sameName(file.owner, home.owner) && sameName(file.repo, home.repo) ? file.path : `${file.owner}/${file.repo}:${file.path}`;
}
var loadedPolicies = new LRUCache2({
  // bounded by the texts' total length: a loaded policy and its glob index take some tens of
  // times its text, so this keeps a replica's share to tens of megabytes even for huge policies
  maxSize: 2e6,
  sizeCalculation: (_, key) => Math.max(1, key.length)
});
function loadPolicyOnce(sources) {
  const key = JSON.stringify(sources);
  let result = loadedPolicies.get(key);
  if (!result) loadedPolicies.set(key, result = loadPolicy(sources));
  return result;
}
async function readPolicy(client, repo, baseRef, path) {
  const texts = /* @__PURE__ */ new Map();
  let extendedBy;
  const recordingRequest = Object.assign(
    async (route, params) => {
      const url = client.request.endpoint(route).url;
      const declaredIn = extendedBy;
      extendedBy = void 0;
      const response = await client.request(route, params).catch(async (error) => {
        if (!declaredIn) throw error;
        const { owner, repo: name2, path: file } = route;
        throw new UnreadableBase(declaredIn, sourceName({ owner, repo: name2, path: file }, repo), await whyUnreadable(client, { owner, repo: name2 }, file, error));
      });
      if (typeof response.data !== "string") return response;
      texts.set(url, response.data);
      const value = parseYamlQuickly(response.data);
      if (value === void 0) return { ...response, data: "{}" };
      if (!value || typeof value !== "object" || Array.isArray(value)) return response;
      const extendsValue = value._extends;
      if (typeof extendsValue !== "string") return { ...response, data: "{}" };
      extendedBy = { url, text: response.data };
      return { ...response, data: JSON.stringify({ _extends: extendsValue }) };
    },
    { endpoint: client.request.endpoint }
  );
  const displayPath = (url) => {
    const m = /\/repos\/([^/]+)\/([^/]+)\/contents\/([^?]+)/.exec(url);
    return m ? sourceName({ owner: m[1], repo: m[2], path: decodeURIComponent(m[3]) }, repo) : url;
  };
  let files;
  try {
    const result2 = await composeConfigGet({ request: recordingRequest }, { ...repo, path, branch: `refs/heads/${baseRef}` });
    files = result2.files;
  } catch (error) {
    if (error instanceof UnreadableBase) return unreadableBase(error, displayPath(error.declaredIn.url), `${path} on ${baseRef}`);
    if (texts.size > 0) {
      const located = loadPolicy([...texts.entries()].map(([url, text]) => ({ path: displayPath(url), text })));
      if (!located.ok) return { ok: false, source: `${path} on ${baseRef}`, problems: located.problems };
    }
    if (error.status) throw error;
    const message = error.message.replace(/^\[@probot\/octokit-plugin-config\] /, "");
    return { ok: false, source: `${path} on ${baseRef}`, problems: [{ file: path, line: 1, column: 1, keyPath: "", message }] };
  }
  const found = files.filter((f) => f.config !== null);
  if (found.length === 0) return { ok: true, policy: defaultPolicy(), source: DEFAULT_POLICY_NAME, paths: [] };
  const sources = found.map((f) => ({ path: sourceName(f, repo), text: texts.get(f.url) ?? "" }));
  const result = loadPolicyOnce(sources);
  const [own2, ...inherited] = sources.map((s) => s.path === path ? `${path} on ${baseRef}` : s.path);
  const source = inherited.length ? `${own2}, extending ${inherited.join(", ")}` : own2;
  const paths = found.filter((f) => sameName(f.owner, repo.owner) && sameName(f.repo, repo.repo)).map((f) => f.path);
  return result.ok ? { ok: true, policy: result.policy, source, paths } : { ok: false, source, problems: result.problems };
}
async function whyUnreadable(client, target, file, error) {
  const { status, message } = describeGitHubError(error);
  if (status === 403) return `no access: GitHub answered HTTP 403 (${message}); give Blast Radius read access to ${target.owner}/${target.repo}`;
  if (status !== 404) throw error;
  const repoVisible = await client.request("GET /repos/{owner}/{repo}", { ...target }).then(
    () => true,
    (probeError) => {
      if (isStatus(probeError, 403, 404)) return false;
      throw probeError;
    }
  );
  return repoVisible ? `not found: ${target.owner}/${target.repo} has no ${file} on its default branch` : `not installed or no access: Blast Radius cannot see the repository ${target.owner}/${target.repo}; install the Blast Radius app on it (or give the Action's token access to it), or remove \`_extends\``;
}
function unreadableBase(error, declaringFile, source) {
  const lines = error.declaredIn.text.split("\n");
  const index = lines.findIndex((l) => /^_extends\s*:/.test(l));
  const problem = { file: declaringFile, line: index + 1 || 1, column: 1, keyPath: "_extends", message: error.message };
  return { ok: false, source, problems: [problem], title: `Blast Radius cannot read the policy's base ${error.target}` };
}

// src/github/reconcile.ts
async function reconcileAll(reconcilers) {
  return Promise.all(
    reconcilers.map(async (reconciler) => {
      try {
        const plan = await reconciler.plan();
        if (plan === null) return "unchanged";
        await reconciler.apply(plan);
        return "applied";
      } catch (error) {
        return { error };
      }
    })
  );
}

// src/discover/lockfiles.ts
import { load as loadYaml3 } from "js-yaml";

// src/discover/workspaces.ts
import { load as loadYaml2 } from "js-yaml";
import { minimatch } from "minimatch";
var RUNTIME_SECTIONS = ["dependencies", "peerDependencies", "optionalDependencies"];
var IGNORED_DIR = /(^|\/)(node_modules|vendor|testdata|\.git)(\/|$)/;
var dirname = (path) => path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
var basename = (path) => path.slice(path.lastIndexOf("/") + 1);
var join = (dir, name2) => dir === "" ? name2 : `${dir}/${name2}`;
function normalizePath(path) {
  const out = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length === 0) return void 0;
      out.pop();
    } else out.push(part);
  }
  return out.join("/");
}
async function readWorkspaceGraph(repo) {
  const graph = { sources: [], packages: [], problems: [] };
  const paths = await repo.paths();
  const listed = new Set(paths);
  const reader = { paths: async () => paths, read: async (path) => listed.has(path) ? repo.read(path) : void 0 };
  await addNodePackages(reader, paths, graph);
  await addGoModules(reader, paths, graph);
  return graph;
}
async function workspacePatterns(repo, graph) {
  const patterns = [];
  const pnpm = await repo.read("pnpm-workspace.yaml");
  if (typeof pnpm === "string") {
    const doc = parseOrNote(() => loadYaml2(pnpm), "pnpm-workspace.yaml", graph);
    const list = doc?.packages;
    if (Array.isArray(list)) {
      graph.sources.push("pnpm-workspace.yaml");
      patterns.push(...list.filter((p) => typeof p === "string"));
    }
  }
  const rootManifest = await repo.read("package.json");
  if (typeof rootManifest === "string") {
    const doc = parseOrNote(() => JSON.parse(rootManifest), "package.json", graph);
    const ws = doc?.workspaces;
    const list = Array.isArray(ws) ? ws : ws?.packages;
    if (Array.isArray(list)) {
      graph.sources.push("package.json workspaces");
      patterns.push(...list.filter((p) => typeof p === "string"));
    }
  }
  const lerna = await repo.read("lerna.json");
  if (typeof lerna === "string") {
    const list = parseOrNote(() => JSON.parse(lerna), "lerna.json", graph)?.packages;
    if (Array.isArray(list)) {
      graph.sources.push("lerna.json");
      patterns.push(...list.filter((p) => typeof p === "string"));
    }
  }
  return patterns;
}
function workspaceDirectories(patterns, paths) {
  const clean = (p) => p.replace(/^!/, "").replace(/^\.\//, "").replace(/\/+$/, "");
  const include = patterns.filter((p) => !p.startsWith("!")).map(clean);
  const exclude = patterns.filter((p) => p.startsWith("!")).map(clean);
  const dirs = [];
  for (const path of paths) {
    if (basename(path) !== "package.json" || path === "package.json" || IGNORED_DIR.test(path)) continue;
    const dir = dirname(path);
    if (include.some((p) => minimatch(dir, p, { dot: false })) && !exclude.some((p) => minimatch(dir, p))) dirs.push(dir);
  }
  return dirs;
}
async function addNodePackages(repo, paths, graph) {
  const patterns = await workspacePatterns(repo, graph);
  if (patterns.length === 0) return;
  const manifests = /* @__PURE__ */ new Map();
  for (const dir of workspaceDirectories(patterns, paths)) {
    const path = join(dir, "package.json");
    const text = await repo.read(path);
    if (typeof text !== "string") continue;
    const doc = parseOrNote(() => JSON.parse(text), path, graph);
    if (doc && typeof doc === "object" && typeof doc.name === "string") manifests.set(dir, doc);
  }
  const names = new Set([...manifests.values()].map((m) => m.name));
  for (const [dir, manifest] of manifests) {
    const dependsOn = [];
    for (const section of RUNTIME_SECTIONS) {
      const deps = manifest[section];
      if (!deps || typeof deps !== "object") continue;
      for (const name2 of Object.keys(deps)) {
        if (names.has(name2) && name2 !== manifest.name && !dependsOn.includes(name2)) dependsOn.push(name2);
      }
    }
    graph.packages.push({ name: manifest.name, kind: "npm", root: dir, manifest: join(dir, "package.json"), dependsOn });
  }
}
function parseGoMod(text, dir) {
  const mod = { module: "", requires: [], localReplaces: /* @__PURE__ */ new Map() };
  let block = null;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\/\/.*$/, "").trim();
    if (line === "") continue;
    if (block && line === ")") {
      block = null;
      continue;
    }
    const opened = /^(require|replace)\s*\($/.exec(line);
    if (opened) {
      block = opened[1];
      continue;
    }
    const directive = /^(module|require|replace)\s+(.*)$/.exec(line);
    const [kind, rest] = block ? [block, line] : directive ? [directive[1], directive[2]] : [null, ""];
    if (kind === "module") mod.module = unquote(rest.trim());
    else if (kind === "require") mod.requires.push(unquote(rest.split(/\s+/)[0]));
    else if (kind === "replace") {
      const [from, to] = rest.split("=>").map((s) => s.trim());
      const target = to ? unquote(to.split(/\s+/)[0]) : "";
      if (target.startsWith("./") || target.startsWith("../")) {
        const local = normalizePath(join(dir, target));
        if (local !== void 0) mod.localReplaces.set(unquote(from.split(/\s+/)[0]), local);
      }
    }
  }
  return mod;
}
function parseGoWork(text, dir) {
  const dirs = [];
  let inUse = false;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\/\/.*$/, "").trim();
    if (inUse) {
      if (line === ")") inUse = false;
      else if (line !== "") dirs.push(line);
      continue;
    }
    if (/^use\s*\($/.test(line)) inUse = true;
    else if (/^use\s+/.test(line)) dirs.push(line.replace(/^use\s+/, ""));
  }
  return dirs.map((d) => normalizePath(join(dir, unquote(d)))).filter((d) => d !== void 0);
}
var unquote = (s) => s.replace(/^["`](.*)["`]$/, "$1");
async function addGoModules(repo, paths, graph) {
  const modPaths = paths.filter((p) => basename(p) === "go.mod" && !IGNORED_DIR.test(p));
  if (modPaths.length === 0) return;
  const mods = /* @__PURE__ */ new Map();
  for (const path of modPaths) {
    const text = await repo.read(path);
    if (typeof text !== "string") continue;
    const mod = parseGoMod(text, dirname(path));
    if (mod.module === "") graph.problems.push(`${path}: no module line`);
    else mods.set(dirname(path), mod);
  }
  const workspace = /* @__PURE__ */ new Set();
  for (const path of paths.filter((p) => basename(p) === "go.work" && !IGNORED_DIR.test(p))) {
    const text = await repo.read(path);
    if (typeof text !== "string") continue;
    graph.sources.push(path);
    for (const dir of parseGoWork(text, dirname(path))) workspace.add(dir);
  }
  const dirOf = new Map([...mods].map(([dir, mod]) => [mod.module, dir]));
  let replaced = false;
  for (const [dir, mod] of mods) {
    const dependsOn = [];
    for (const required of mod.requires) {
      const local = mod.localReplaces.get(required);
      const viaReplace = local !== void 0 && mods.has(local);
      const viaWork = workspace.has(dir) && workspace.has(dirOf.get(required) ?? "\0");
      replaced ||= viaReplace;
      if (viaReplace || viaWork) dependsOn.push(viaReplace ? mods.get(local).module : required);
    }
    graph.packages.push({ name: mod.module, kind: "go", root: dir, manifest: join(dir, "go.mod"), dependsOn });
  }
  if (replaced) graph.sources.push("go.mod replace");
}
function parseOrNote(parse2, path, graph) {
  try {
    return parse2();
  } catch (error) {
    graph.problems.push(`${path}: ${error.message.split("\n")[0]}`);
    return void 0;
  }
}

// src/discover/workspaces-routes.ts
function dependentsOf(graph, name2) {
  const dependents = /* @__PURE__ */ new Map();
  for (const pkg of graph.packages) {
    for (const dep of pkg.dependsOn) {
      const list = dependents.get(dep) ?? [];
      list.push(pkg.name);
      dependents.set(dep, list);
    }
  }
  const routes = /* @__PURE__ */ new Map();
  let frontier = [{ name: name2, route: [name2] }];
  const seen = /* @__PURE__ */ new Set([name2]);
  while (frontier.length > 0) {
    const next = [];
    for (const { name: current, route } of frontier) {
      for (const dependent of dependents.get(current) ?? []) {
        if (seen.has(dependent)) continue;
        seen.add(dependent);
        const longer = [dependent, ...route];
        routes.set(dependent, longer);
        next.push({ name: dependent, route: longer });
      }
    }
    frontier = next;
  }
  return routes;
}
function reachOfPackage(graph, pkg, targetsAt) {
  const byName = new Map(graph.packages.map((p) => [p.name, p]));
  const reach = [];
  const routes = [...dependentsOf(graph, pkg.name)].sort((a, b) => a[1].length - b[1].length);
  for (const [dependent, route] of routes) {
    for (const target of targetsAt(byName.get(dependent).manifest)) {
      if (!reach.some((r) => r.target === target)) reach.push({ target, route });
    }
  }
  return reach;
}
function dependencyReach(graph, targetsAt) {
  const reach = [];
  for (const pkg of graph.packages) {
    const nested = graph.packages.filter((other) => other.root !== pkg.root && (pkg.root === "" || other.root.startsWith(`${pkg.root}/`))).map((other) => other.root);
    for (const { target, route } of reachOfPackage(graph, pkg, targetsAt)) {
      reach.push({ target, root: pkg.root, route, ...nested.length > 0 ? { except: [...new Set(nested)] } : {} });
    }
  }
  return reach;
}

// src/discover/lockfiles.ts
var LOCKFILES = { "pnpm-lock.yaml": "pnpm", "package-lock.json": "npm", "yarn.lock": "yarn" };
function lockfileKind(path) {
  return LOCKFILES[path.slice(path.lastIndexOf("/") + 1)];
}
var MAX_LOCKFILE_CHARACTERS = 32e6;
function attributeLockfileChange(path, before, after) {
  const kind = lockfileKind(path);
  if (kind === void 0) return { readable: false, reason: `${path} is not a lockfile` };
  if (kind === "yarn") return { readable: false, reason: "yarn.lock does not say which workspace package uses an entry" };
  if (before === null || after === null) return { readable: false, reason: `the text of ${path} before and after the change is not available` };
  for (const [side, text] of [["before", before], ["after", after]]) {
    if (text !== void 0 && text.length > MAX_LOCKFILE_CHARACTERS) {
      return { readable: false, reason: `${path} is ${(text.length / 1e6).toFixed(1)} MB ${side} the change; lockfiles past ${MAX_LOCKFILE_CHARACTERS / 1e6} MB are not read` };
    }
  }
  const parse2 = kind === "pnpm" ? parsePnpmLock : parseNpmLock;
  let old;
  let current;
  try {
    old = before === void 0 ? { importers: /* @__PURE__ */ new Map(), nodes: /* @__PURE__ */ new Map() } : parse2(before);
    current = after === void 0 ? { importers: /* @__PURE__ */ new Map(), nodes: /* @__PURE__ */ new Map() } : parse2(after);
  } catch (error) {
    return { readable: false, reason: `${path}: ${error.message.split("\n")[0]}` };
  }
  const changed = /* @__PURE__ */ new Set();
  for (const key of /* @__PURE__ */ new Set([...old.nodes.keys(), ...current.nodes.keys()])) {
    if (old.nodes.get(key)?.text !== current.nodes.get(key)?.text) changed.add(key);
  }
  const dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
  const runtime = [];
  const devOnly = [];
  for (const importer of /* @__PURE__ */ new Set([...old.importers.keys(), ...current.importers.keys()])) {
    const reaches = (section) => [old, current].some((lock) => {
      const node = lock.importers.get(importer);
      return node !== void 0 && reachesChanged(lock, node[section], changed);
    });
    const sectionsChanged = (section) => {
      const a = old.importers.get(importer)?.[section] ?? [];
      const b = current.importers.get(importer)?.[section] ?? [];
      return a.join("\n") !== b.join("\n");
    };
    const root = normalizePath(dir === "" ? importer : `${dir}/${importer}`) ?? importer;
    if (sectionsChanged("runtime") || reaches("runtime")) runtime.push(root);
    else if (sectionsChanged("dev") || reaches("dev")) devOnly.push(root);
  }
  return { readable: true, runtime, devOnly };
}
function reachesChanged(lock, start, changed) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [...start];
  while (stack.length > 0) {
    const key = stack.pop();
    if (seen.has(key)) continue;
    seen.add(key);
    if (changed.has(key)) return true;
    const node = lock.nodes.get(key);
    if (node) stack.push(...node.runtime);
  }
  return false;
}
function pnpmKey(name2, ref) {
  const version = typeof ref === "string" ? ref : ref?.version;
  if (typeof version !== "string") return void 0;
  if (/^(link|file|workspace):/.test(version)) return `${name2}@${version}`;
  const alias = version.replace(/^\//, "");
  if (/^(@[^/()]+\/)?[^@/()]+@/.test(alias)) return alias;
  return `${name2}@${version}`;
}
function pnpmKeys(deps) {
  if (!deps || typeof deps !== "object") return [];
  return Object.entries(deps).map(([name2, ref]) => pnpmKey(name2, ref)).filter((k) => k !== void 0).sort();
}
function loadPnpmYaml(text) {
  try {
    return loadYaml3(text, { maxAliases: 0 });
  } catch (error) {
    if (error.reason?.startsWith("aliases exceeded maxAliases")) throw new Error("it uses YAML aliases (`*name`), which pnpm never writes");
    throw error;
  }
}
function parsePnpmLock(text) {
  const doc = loadPnpmYaml(text);
  if (!doc || typeof doc !== "object") throw new Error("not a pnpm lockfile");
  const version = Number.parseFloat(String(doc.lockfileVersion ?? ""));
  if (!(version >= 6)) throw new Error(`lockfileVersion ${String(doc.lockfileVersion)} is not supported (6 or later)`);
  const entries = (v) => Object.entries(v && typeof v === "object" ? v : {});
  const importerEntries = doc.importers ? entries(doc.importers) : [[".", doc]];
  const importers = /* @__PURE__ */ new Map();
  for (const [id, entry] of importerEntries) {
    importers.set(id === "." ? "" : id, {
      runtime: [...pnpmKeys(entry.dependencies), ...pnpmKeys(entry.optionalDependencies)],
      dev: pnpmKeys(entry.devDependencies),
      text: ""
    });
  }
  const nodes = /* @__PURE__ */ new Map();
  const metadata = new Map(entries(doc.packages).map(([key, entry]) => [key.replace(/^\//, ""), JSON.stringify(entry)]));
  const withDeps = version >= 9 ? entries(doc.snapshots) : entries(doc.packages);
  for (const [rawKey, entry] of withDeps) {
    const key = rawKey.replace(/^\//, "");
    const downloaded = key.replace(/\(.*$/, "");
    nodes.set(key, {
      runtime: [...pnpmKeys(entry?.dependencies), ...pnpmKeys(entry?.optionalDependencies)],
      dev: [],
      text: JSON.stringify(entry) + (version >= 9 ? metadata.get(downloaded) ?? "" : "")
    });
  }
  return { importers, nodes };
}
function parseNpmLock(text) {
  const doc = JSON.parse(text);
  if (!doc.packages || typeof doc.packages !== "object") {
    throw new Error(`lockfileVersion ${String(doc.lockfileVersion)} has no "packages" (lockfileVersion 2 or later is needed)`);
  }
  const packages = doc.packages;
  const resolve = (from, name2) => {
    let location = from;
    while (location !== void 0) {
      const key = location === "" ? `node_modules/${name2}` : `${location}/node_modules/${name2}`;
      if (packages[key]) return key;
      location = parentLocation(location);
    }
    return void 0;
  };
  const names = (entry, sections) => sections.flatMap((s) => Object.keys(entry[s] ?? {}));
  const depsOf = (key, entry, sections) => names(entry, sections).map((name2) => resolve(key, name2)).filter((k) => k !== void 0).sort();
  const runtimeSections = ["dependencies", "optionalDependencies", "peerDependencies"];
  const importers = /* @__PURE__ */ new Map();
  const nodes = /* @__PURE__ */ new Map();
  for (const [key, entry] of Object.entries(packages)) {
    const node = { runtime: depsOf(key, entry, runtimeSections), dev: depsOf(key, entry, ["devDependencies"]), text: JSON.stringify(entry) };
    if (key === "" || !/(^|\/)node_modules\//.test(key)) importers.set(key, node);
    else nodes.set(key, { ...node, dev: [] });
  }
  return { importers, nodes };
}
function parentLocation(location) {
  if (location === "") return void 0;
  const at = location.lastIndexOf("/node_modules/");
  if (at >= 0) return location.slice(0, at);
  if (location.startsWith("node_modules/")) return "";
  return "";
}
function lockfileHits(graph, path, attribution, targetsAt) {
  const hits = [];
  const add = (target, route) => {
    if (!hits.some((h) => h.target === target)) hits.push({ path, target, route });
  };
  for (const root of attribution.runtime) {
    const pkg = graph.packages.find((p) => p.kind === "npm" && p.root === root);
    const manifest = root === "" ? "package.json" : `${root}/package.json`;
    const name2 = pkg?.name ?? manifest;
    for (const target of targetsAt(manifest)) add(target, [name2]);
    if (!pkg) continue;
    const routes = [...dependentsOf(graph, pkg.name)].sort((a, b) => a[1].length - b[1].length);
    for (const [dependent, route] of routes) {
      const manifestOf = graph.packages.find((p) => p.name === dependent).manifest;
      for (const target of targetsAt(manifestOf)) add(target, route);
    }
  }
  return hits;
}
function lockfileReach(graph, changes, targetsAt) {
  const result = { hits: [], unreadable: [], shipsNowhere: [] };
  for (const change of changes) {
    const attribution = attributeLockfileChange(change.path, change.before, change.after);
    if (!attribution.readable) {
      result.unreadable.push({ path: change.path, reason: attribution.reason });
      continue;
    }
    const hits = lockfileHits(graph, change.path, attribution, targetsAt);
    if (hits.length === 0) result.shipsNowhere.push(change.path);
    result.hits.push(...hits);
  }
  return result;
}

// src/discover/workflow-parser.ts
var loading;
function workflowParser() {
  loading ??= Promise.resolve().then(() => (init_dist2(), dist_exports)).catch(async (error) => {
    const code = error.code;
    if (code !== "ERR_IMPORT_ASSERTION_TYPE_MISSING" && code !== "ERR_IMPORT_ATTRIBUTE_MISSING") throw error;
    const vendored = new URL("../../vendor/workflow-parser.js", import.meta.url).href;
    return await import(vendored);
  });
  return loading;
}

// src/discover/workflows.ts
var WORKFLOWS_DIRECTORY2 = ".github/workflows";
async function listWorkflowFiles(files) {
  const names = await files.list(WORKFLOWS_DIRECTORY2);
  return names.filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => `${WORKFLOWS_DIRECTORY2}/${n}`);
}
var MAX_REUSE_DEPTH = 4;
async function readWorkflow(files, file, withoutEnvironment) {
  const content = await files.read(file);
  if (content === null) return { file, skipped: "the file does not exist" };
  const parsed = await parse(file, content);
  if ("problem" in parsed) return { file, skipped: parsed.problem, problem: true };
  const push = parsed.template.events.push;
  if (!push) return { file, skipped: "it does not run on push" };
  if ((push.tags || push["tags-ignore"]) && !push.branches && !push["branches-ignore"]) {
    return { file, skipped: "it runs on pushed tags only, not on merges" };
  }
  const deployments = await jobDeployments(files, file, parsed.template.jobs, /* @__PURE__ */ new Map(), 0, /* @__PURE__ */ new Set([file]));
  if (deployments.length === 0 && withoutEnvironment) {
    deployments.push({ environment: withoutEnvironment.environment, job: parsed.template.jobs.map((j) => j.id.value).join(", "), file, line: parsed.onLine, withoutEnvironment: true });
  }
  if (deployments.length === 0) return { file, skipped: "no job has an environment" };
  return {
    file,
    deploy: {
      file,
      line: parsed.onLine,
      paths: pair(push.paths, push["paths-ignore"]),
      branches: pair(push.branches, push["branches-ignore"]),
      deployments
    }
  };
}
function pair(include, ignore) {
  return { ...include ? { include } : {}, ...ignore ? { ignore } : {} };
}
var parsedWorkflows = /* @__PURE__ */ new Map();
var MAX_PARSED = 500;
function parse(file, content) {
  const key = `${file}\0${content}`;
  let parsed = parsedWorkflows.get(key);
  if (!parsed) {
    parsed = parseUncached(file, content);
    parsedWorkflows.set(key, parsed);
    if (parsedWorkflows.size > MAX_PARSED) parsedWorkflows.delete(parsedWorkflows.keys().next().value);
  }
  return parsed;
}
async function parseUncached(file, content) {
  const parser = await workflowParser();
  const result = parser.parseWorkflow({ name: file, content }, new parser.NoOperationTraceWriter());
  const errors = result.context.errors.getErrors();
  if (!result.value || errors.length > 0) return { problem: `GitHub's workflow parser reports: ${errors[0]?.message ?? "the file is empty"}` };
  const template = await parser.convertWorkflowTemplate(result.context, result.value);
  if (template.errors?.length) return { problem: `GitHub's workflow parser reports: ${template.errors[0].Message}` };
  let onLine = 1;
  if (parser.isMapping(result.value)) {
    for (const { key } of result.value) if (parser.isString(key) && key.value === "on") onLine = key.line ?? 1;
  }
  return { template, onLine };
}
async function jobDeployments(files, file, jobs, inputs, depth, seen) {
  const parser = await workflowParser();
  const found = [];
  for (const job of jobs) {
    const jobId = job.id.value;
    if (job.type === "job") {
      if (!job.environment) continue;
      const nameToken = parser.isMapping(job.environment) ? job.environment.find("name") : job.environment;
      if (!nameToken) continue;
      found.push({ ...environmentOf(parser, nameToken, inputs), job: jobId, file, line: nameToken.line ?? job.environment.line ?? 1 });
      continue;
    }
    const passed = inputValues(parser, job["input-values"], inputs);
    const ref = job.ref.value;
    const local = ref.startsWith("./") ? ref.slice(2) : null;
    if (local && depth < MAX_REUSE_DEPTH && !seen.has(local)) {
      const content = await files.read(local);
      const parsed = content === null ? null : await parse(local, content);
      if (parsed && !("problem" in parsed)) {
        const inner = await jobDeployments(files, local, parsed.template.jobs, passed, depth + 1, /* @__PURE__ */ new Set([...seen, local]));
        for (const d of inner) {
          const input = d.expression ? void 0 : [...passed.values()].find((v) => v.value === d.environment);
          found.push({ ...d, job: `${jobId} / ${d.job}`, file, line: input?.line ?? job.ref.line ?? 1, via: d.via ?? local });
        }
        continue;
      }
    }
    const environment2 = passed.get("environment");
    if (environment2) {
      found.push({ environment: environment2.value, ...environment2.expression ? { expression: environment2.expression } : {}, job: jobId, file, line: environment2.line });
    }
  }
  return found;
}
function environmentOf(parser, token, inputs) {
  if (parser.isString(token)) return { environment: token.value };
  if (parser.isBasicExpression(token)) {
    const input = /^\s*inputs\.([A-Za-z_][\w-]*)\s*$/.exec(token.expression)?.[1];
    const bound = input ? inputs.get(input) : void 0;
    if (bound) return bound.value !== null ? { environment: bound.value } : { environment: null, expression: bound.expression ?? `\${{ ${token.expression} }}` };
    return { environment: null, expression: `\${{ ${token.expression} }}` };
  }
  if (parser.isLiteral(token)) return { environment: String(token.value) };
  return { environment: null, expression: "(not a string)" };
}
function inputValues(parser, values, outer) {
  const map = /* @__PURE__ */ new Map();
  if (!values || !parser.isMapping(values)) return map;
  for (const { key, value } of values) {
    if (!parser.isString(key)) continue;
    const resolved = environmentOf(parser, value, outer);
    map.set(key.value, { value: resolved.environment, ...resolved.expression ? { expression: resolved.expression } : {}, line: value.line ?? key.line ?? 1 });
  }
  return map;
}

// src/discover/wanted.ts
function wantsDiscovery(policy) {
  return Boolean(policy.discover?.workflows || policy.discover?.workspaces);
}

// src/discover/targets.ts
var UNKNOWN_ENVIRONMENT = "unknown";
async function discoverTargets(policy, files, change) {
  const discovery = { targets: [], dependencyReach: [], notes: [], workflows: [] };
  await discoverWorkflowTargets(policy, files, discovery);
  if (policy.discover?.workspaces) await discoverDependencies(policy, files, discovery, change);
  return discovery;
}
async function discoverDependencies(policy, files, discovery, change) {
  const graph = await readWorkspaceGraph(files);
  discovery.graph = graph;
  for (const problem of graph.problems) discovery.notes.push(`discover.workspaces: ${problem}`);
  if (graph.packages.length === 0) discovery.notes.push("discover.workspaces is on, but no npm, yarn, pnpm or Go workspace package was found, so no target is reached through dependencies.");
  const targetsAt = targetsContaining(compilePolicy(policy), discovery);
  discovery.dependencyReach = dependencyReach(graph, targetsAt);
  const lockfiles = (change?.files ?? []).filter((f) => lockfileKind(f.path) !== void 0);
  if (!change || lockfiles.length === 0) return;
  const reach = lockfileReach(graph, await Promise.all(lockfiles.map((f) => lockfileTexts(f, change))), targetsAt);
  discovery.lockfileHits = reach.hits;
  for (const { path, reason } of reach.unreadable) discovery.notes.push(`${path}: which packages it changes cannot be read (${reason}); rules give it its tier.`);
  for (const path of reach.shipsNowhere) discovery.notes.push(`${path} changes no run-time dependency of a package a target deploys: it ships nowhere through dependencies.`);
}
async function lockfileTexts(file, change) {
  const before = file.status === "added" ? void 0 : await change.before(file.previousPath ?? file.path) ?? null;
  const after = file.status === "removed" ? void 0 : await change.after(file.path) ?? null;
  return { path: file.path, before, after };
}
async function discoverWorkflowTargets(policy, files, discovery) {
  const settings = policy.discover?.workflows;
  if (!settings) return;
  const excluded = settings.exclude.map((name2) => ({ name: name2, regexp: filterPatternRegExp(name2) }));
  const withoutEnvironment = (settings.without_environment?.workflows ?? []).map((name2) => filterPatternRegExp(name2));
  const assumed = { environment: settings.without_environment?.environment ?? null };
  const workflowFiles = await listWorkflowFiles(files);
  if (workflowFiles.length === 0) discovery.notes.push("discover.workflows is on, but .github/workflows holds no workflow file, so no deploy target was discovered.");
  const readings = await Promise.all(
    workflowFiles.map((file) => {
      const exclusion = excluded.find((e) => e.regexp.test(file.slice(file.lastIndexOf("/") + 1)));
      if (exclusion) return { file, skipped: `excluded by discover.workflows.exclude "${exclusion.name}"` };
      const name2 = file.slice(file.lastIndexOf("/") + 1);
      return readWorkflow(files, file, withoutEnvironment.some((r) => r.test(name2)) ? assumed : void 0);
    })
  );
  for (const reading of readings) {
    const base = reading.file.slice(reading.file.lastIndexOf("/") + 1);
    discovery.workflows.push(reading);
    if (!("deploy" in reading)) {
      if ("problem" in reading && reading.problem) discovery.notes.push(`${reading.file} was not read as a deploy workflow: ${reading.skipped}.`);
      continue;
    }
    for (const deployment of reading.deploy.deployments) {
      discovery.targets.push({
        name: deployment.withoutEnvironment ? base : `${base}:${deployment.job}`,
        environment: deployment.environment ?? UNKNOWN_ENVIRONMENT,
        tier: environmentTier(policy, deployment),
        origin: {
          file: deployment.file,
          line: deployment.line,
          job: deployment.job,
          ...deployment.via ? { via: deployment.via } : {},
          ...deployment.expression ? { expression: deployment.expression } : {},
          ...deployment.withoutEnvironment ? { withoutEnvironment: true } : {}
        },
        paths: reading.deploy.paths,
        branches: reading.deploy.branches
      });
    }
  }
}
function environmentTier(policy, deployment) {
  const settings = policy.discover?.workflows;
  if (deployment.environment === null) return settings?.unknown_environment ?? policy.tiers[policy.tiers.length - 1];
  const wanted = deployment.environment.toLowerCase();
  const entries = Object.entries(settings?.environments ?? {});
  const exact = entries.find(([name2]) => name2.toLowerCase() === wanted);
  if (exact) return exact[1];
  const pattern = entries.find(([name2]) => name2.includes("*") && new RegExp(`^${name2.toLowerCase().split("*").map(escapeRegExp2).join(".*")}$`).test(wanted));
  return pattern?.[1] ?? settings?.other_environments ?? policy.default_tier;
}
function escapeRegExp2(s) {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

// src/github/repository-files.ts
var ObjectCache = class {
  constructor(maxEntries, maxBytes = 64 * 1024 * 1024) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }
  maxEntries;
  maxBytes;
  entries = /* @__PURE__ */ new Map();
  bytes = 0;
  get(key, load) {
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found.value;
    }
    const entry = { value: load(), bytes: 0 };
    this.entries.set(key, entry);
    entry.value.then(
      (value) => {
        if (typeof value !== "string" || this.entries.get(key) !== entry) return;
        entry.bytes = value.length;
        this.bytes += entry.bytes;
        this.evict();
      },
      () => this.remove(key, entry)
      // a failed read is retried next time
    );
    this.evict();
    return entry.value;
  }
  remove(key, entry) {
    if (this.entries.get(key) !== entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
  evict() {
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes && this.entries.size > 1) {
      const [key, entry] = this.entries.entries().next().value;
      this.remove(key, entry);
    }
  }
  clear() {
    this.entries.clear();
    this.bytes = 0;
  }
};
var gitObjectCache = new ObjectCache(5e3);
function repositoryFilesAt(client, repo, commitSha, cache = gitObjectCache, wholeTree = false) {
  const name2 = `${repo.owner}/${repo.repo}`.toLowerCase();
  const fetchTree = (sha) => cache.get(`${name2} tree ${sha}`, async () => {
    const { data } = await client.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", { ...repo, tree_sha: sha });
    return data.tree;
  });
  const treeOf = async (directory) => {
    let entries = await fetchTree(commitSha);
    for (const segment of directory.split("/").filter(Boolean)) {
      const next = entries.find((e) => e.path === segment && e.type === "tree");
      if (!next) return null;
      entries = await fetchTree(next.sha);
    }
    return entries;
  };
  const wholeListing = () => cache.get(`${name2} paths ${commitSha}`, async () => {
    const { data } = await client.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", { ...repo, tree_sha: commitSha, recursive: "1" });
    if (data.truncated) throw new Error(`the file list of ${repo.owner}/${repo.repo} at ${commitSha.slice(0, 7)} is too large for GitHub to list in one response`);
    return new Map(data.tree.filter((e) => e.type === "blob").map((e) => [e.path, e.sha]));
  });
  const blobOf = async (path) => {
    if (wholeTree) return (await wholeListing()).get(path);
    const slash = path.lastIndexOf("/");
    const entries = await treeOf(slash === -1 ? "" : path.slice(0, slash));
    return entries?.find((e) => e.path === path.slice(slash + 1) && e.type === "blob")?.sha;
  };
  return {
    async paths() {
      return [...(await wholeListing()).keys()];
    },
    async list(directory) {
      if (wholeTree) {
        const prefix = `${directory.replace(/\/+$/, "")}/`;
        return [...(await wholeListing()).keys()].filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes("/")).map((p) => p.slice(prefix.length));
      }
      return (await treeOf(directory) ?? []).filter((e) => e.type === "blob").map((e) => e.path);
    },
    async read(path) {
      const sha = await blobOf(path);
      if (!sha) return null;
      return cache.get(`${name2} blob ${sha}`, async () => {
        try {
          const { data } = await client.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", { ...repo, file_sha: sha });
          return data.encoding === "base64" ? Buffer.from(data.content, "base64").toString("utf8") : data.content;
        } catch (error) {
          if (isStatus(error, 404)) return null;
          throw error;
        }
      });
    }
  };
}
function fileAt(client, repo, commitSha, cache = gitObjectCache) {
  const name2 = `${repo.owner}/${repo.repo}`.toLowerCase();
  return (path) => cache.get(`${name2} contents ${commitSha} ${path}`, async () => {
    try {
      const { data } = await client.request("GET /repos/{owner}/{repo}/contents/{path}", { ...repo, path, ref: commitSha, headers: { accept: "application/vnd.github.raw" } });
      return typeof data === "string" ? data : null;
    } catch (error) {
      if (isStatus(error, 404)) return null;
      throw error;
    }
  });
}
async function discoverAtBase(client, repo, baseSha, policy, pullRequest) {
  if (!wantsDiscovery(policy)) return void 0;
  const base = repositoryFilesAt(client, repo, baseSha, gitObjectCache, Boolean(policy.discover?.workspaces));
  const change = pullRequest && { files: pullRequest.files, before: (path) => base.read(path), after: fileAt(client, repo, pullRequest.headSha) };
  const { targets, dependencyReach: dependencyReach2, lockfileHits: lockfileHits2, notes } = await discoverTargets(policy, base, change);
  return { targets, dependencyReach: dependencyReach2, ...lockfileHits2 ? { lockfileHits: lockfileHits2 } : {}, notes };
}

// src/github/review-requests.ts
var lower2 = (s) => s.toLowerCase();
async function planReviewRequests(input) {
  const plan = { users: [], teams: [], skippedTeams: [], undecidedTeams: [] };
  const headReviewers = input.reviews.filter((r) => r.commitId === input.headSha).map((r) => r.login);
  const reviewedHead = new Set(headReviewers.map(lower2));
  const requestedUsers = new Set(input.requestedUsers.map(lower2));
  const requestedTeams = new Set(input.requestedTeams.map(lower2));
  for (const entry of input.requirement.from ?? []) {
    const who = parseApprover(entry);
    if ("user" in who) {
      const login2 = lower2(who.user);
      if (login2 === lower2(input.author) || requestedUsers.has(login2) || reviewedHead.has(login2)) continue;
      if (!plan.users.some((u) => lower2(u) === login2)) plan.users.push(who.user);
    } else {
      const [org, slug] = who.team.split("/");
      if (lower2(org) !== lower2(input.owner)) plan.skippedTeams.push(entry);
      else if (!requestedTeams.has(lower2(slug))) {
        const answers = await Promise.all([...new Set(headReviewers.map(lower2))].map((login2) => input.isTeamMember(who.team, login2)));
        if (answers.includes("member")) continue;
        if (answers.includes("unknown")) plan.undecidedTeams.push(entry);
        else plan.teams.push(slug);
      }
    }
  }
  return plan;
}
async function requestReviews(client, ref, plan) {
  if (plan.users.length === 0 && plan.teams.length === 0) return;
  try {
    await client.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
      owner: ref.owner,
      repo: ref.repo,
      pull_number: ref.pullNumber,
      ...plan.users.length ? { reviewers: plan.users } : {},
      ...plan.teams.length ? { team_reviewers: plan.teams } : {}
    });
  } catch (error) {
    if (!isStatus(error, 422) || plan.teams.length === 0) throw error;
    throw Object.assign(new Error(teamReviewRequestRefused(plan.teams, ref.owner, describeGitHubError(error).message)), { status: 422 });
  }
}
function reviewRequestReconciler(client, ref, planned) {
  return {
    what: "review requests",
    plan: async () => planned && (planned.users.length || planned.teams.length) ? planned : null,
    apply: (plan) => requestReviews(client, ref, plan)
  };
}

// src/github/evaluate-pull-request.ts
var PERMISSIONS = {
  labels: "issues: write and pull-requests: write (to create the risk labels, and to add and remove them)",
  "check run": "checks: write (to create the check run)",
  "review requests": "pull-requests: write (to request reviews)"
};
var inFlight = /* @__PURE__ */ new Map();
function serialized(key, work) {
  const previous = inFlight.get(key) ?? Promise.resolve();
  const next = previous.catch(() => void 0).then(work);
  inFlight.set(key, next);
  const cleanup = () => {
    if (inFlight.get(key) === next) inFlight.delete(key);
  };
  next.then(cleanup, cleanup);
  return next;
}
function evaluatePullRequest(options) {
  const { owner, repo, pullNumber } = options.pullRequest;
  return serialized(`${owner}/${repo}#${pullNumber}`.toLowerCase(), () => run(options));
}
var MAX_READS = 3;
async function run(options) {
  const { owner, repo, pullNumber } = options.pullRequest;
  const failWith = async (pr2, failure) => await evaluateHead(options, pr2, failure);
  let pr = await readPullRequest(options.client, options.pullRequest);
  for (let read = 1; ; read++) {
    let result;
    try {
      result = await evaluateHead(options, pr);
    } catch (error) {
      options.log?.error(`${owner}/${repo}#${pullNumber}: evaluation failed: ${error?.stack ?? String(error)}`);
      return failWith(pr, internalFailure());
    }
    if (!("moved" in result)) return result;
    options.log?.info(`${owner}/${repo}#${pullNumber}: the head moved to ${result.moved.headSha} while it was read; starting over`);
    pr = result.moved;
    if (read === MAX_READS) return failWith(pr, headKeptMoving());
  }
}
async function evaluateHead(options, pr, failure) {
  const { client, pullRequest: ref } = options;
  const repo = { owner: ref.owner, repo: ref.repo };
  const policyPath = options.policyPath ?? DEFAULT_POLICY_PATH;
  const log = options.log;
  const name2 = checkName(pr.baseRef);
  let existingCheck;
  const lookUpExistingCheck = () => existingCheck ??= findCheckRun(client, repo, name2, pr.headSha, options.appId).then(
    (run2) => ({ run: run2 }),
    (error) => ({ error })
  );
  if (options.onlyIfLabelMatters === void 0) void lookUpExistingCheck();
  const base = {
    pullRequest: pr,
    policySource: `${policyPath} on ${pr.baseRef}`,
    decision: null,
    approval: null,
    override: null,
    gate: null,
    labels: null,
    reviewRequests: null,
    problems: [],
    writeErrors: [],
    approved: false,
    report: null
  };
  const failClosed = async (title, summary2, problems) => {
    const check2 = { name: name2, headSha: pr.headSha, conclusion: "failure", title, summary: summary2 };
    const outcome2 = { ...base, problems, check: check2, checkWrite: "failed", passing: false };
    outcome2.checkWrite = await writeCheck(outcome2);
    return outcome2;
  };
  const currentCheck = async () => {
    const existing = await lookUpExistingCheck();
    if ("error" in existing) throw existing.error;
    return existing.run;
  };
  const writeAll = async (outcome2, reconcilers) => {
    const check2 = checkRunReconciler(client, repo, outcome2.check, currentCheck);
    const results = await reconcileAll([check2, ...reconcilers]);
    results.forEach((result2, i) => {
      if (typeof result2 === "string") return;
      const what = i === 0 ? check2.what : reconcilers[i - 1].what;
      outcome2.writeErrors.push(writeError(what, result2.error));
      log?.error(`could not update ${what} on ${ref.owner}/${ref.repo}#${ref.pullNumber}: ${describeGitHubError(result2.error).message}`);
    });
    return typeof results[0] === "string" ? check2.sent() : "failed";
  };
  const writeCheck = (outcome2) => writeAll(outcome2, []);
  if (failure) return await failClosed(...failure);
  let policy;
  let policyPaths;
  let files;
  let codeOwners;
  let discovered;
  try {
    const policyRead = readPolicy(client, repo, pr.baseRef, policyPath);
    if (options.onlyIfLabelMatters !== void 0) {
      const read2 = await policyRead;
      if (read2.ok && !labelMatters(read2.policy, options.onlyIfLabelMatters)) {
        return { ...base, skipped: `label "${options.onlyIfLabelMatters}" is not one Blast Radius manages`, check: null, checkWrite: "skipped", passing: false };
      }
      void lookUpExistingCheck();
    }
    const codeOwnersRead = policyRead.then((read2) => read2.ok && usesCodeOwners(read2.policy) ? readCodeOwners(client, repo, pr.baseRef) : void 0);
    const [read, listed, owners] = await Promise.all([policyRead, listFiles(client, ref, pr.changedFiles), codeOwnersRead]);
    base.policySource = read.source;
    if (!read.ok) return await failClosed(...policyFailure(read.problems, read.source, read.title));
    policy = options.modeOverride ? { ...read.policy, mode: options.modeOverride } : read.policy;
    policyPaths = read.paths;
    files = listed.files;
    codeOwners = owners;
    if (!(listed.listedAt.size === 1 && listed.listedAt.has(pr.headSha.toLowerCase()))) {
      const again = await readPullRequest(client, ref);
      if (again.headSha !== pr.headSha || again.baseRef !== pr.baseRef) return { moved: again };
    }
  } catch (error) {
    return await failClosed(...readFailure("the policy and the changed files", error));
  }
  try {
    discovered = await discoverAtBase(client, repo, pr.baseSha, policy, { headSha: pr.headSha, files });
  } catch (error) {
    return await failClosed(...readFailure("the deploy workflows at the base commit", error));
  }
  let decision;
  try {
    decision = evaluate(compilePolicy(policy), {
      files,
      baseBranch: pr.baseRef,
      totalFiles: pr.changedFiles,
      listCapped: files.length >= GITHUB_FILE_LIST_CAP,
      policyPath,
      policyPaths,
      codeOwners,
      discovered
    });
  } catch (error) {
    if (error instanceof MatchingTooExpensive) return await failClosed(...tooExpensiveFailure(base.policySource, error));
    throw error;
  }
  const ownerProblems = decision.approvals?.codeOwners?.problems ?? [];
  if (ownerProblems.length) return await failClosed(...codeOwnersFailure(ownerProblems));
  const overrideLabel = policy.override && pr.labels.find((l) => l.toLowerCase() === policy.override.label.toLowerCase());
  let reviews = [];
  let labelApplied = null;
  let headPush;
  let approval = null;
  let override = null;
  const membership = new TeamMembership(client);
  try {
    [reviews, labelApplied] = await Promise.all([
      decision.approvals ? listReviews(client, ref) : Promise.resolve([]),
      overrideLabel ? whoAppliedLabel(client, ref, overrideLabel) : Promise.resolve(null)
    ]);
    const candidates = decision.approvals ? approvalCandidates(reviews, { headSha: pr.headSha, author: pr.author }).candidates : [];
    headPush = candidates.length > 0 || labelApplied ? await findHeadPush(client, pr) : void 0;
    [approval, override] = await Promise.all([
      decision.approvals ? evaluateApprovals(decision.approvals, reviews, {
        headSha: pr.headSha,
        author: pr.author,
        headPusher: headPush === void 0 ? void 0 : headPush?.pusher ?? null,
        isTeamMember: membership.isMember
      }) : null,
      overrideLabel && policy.override ? decideOverride({ label: overrideLabel, applied: labelApplied, headPushedAt: headPush?.at ?? null, by: policy.override.by, isTeamMember: membership.isMember }) : null
    ]);
  } catch (error) {
    return await failClosed(...readFailure("reviews, team memberships and who pushed the head commit", error));
  }
  const result = gate(decision, approval, override, { draft: pr.draft, open: pr.state === "open" });
  let reviewRequests = null;
  try {
    reviewRequests = result.requestReviews ? await planReviewRequests({
      requirement: { ...decision.approvals, from: reviewersWanted(approval) },
      owner: ref.owner,
      author: pr.author,
      headSha: pr.headSha,
      reviews,
      requestedUsers: pr.requestedUsers,
      requestedTeams: pr.requestedTeams,
      isTeamMember: membership.isMember
    }) : null;
  } catch (error) {
    return await failClosed(...readFailure("team memberships", error));
  }
  const summary = renderMarkdown(decision, { approval, override, gate: result, reviewRequests, policySource: base.policySource, headSha: pr.headSha });
  const check = { name: name2, headSha: pr.headSha, conclusion: result.passing ? "success" : "failure", title: result.title, summary };
  const labels = planLabels(pr.labels, decision.labels, managedLabels(policy));
  const outcome = {
    ...base,
    decision,
    approval,
    override,
    gate: result,
    check,
    checkWrite: "failed",
    labels,
    reviewRequests,
    passing: result.passing,
    approved: result.approved,
    report: decisionReport(decision, { policy: base.policySource, approval, override, gate: result })
  };
  const styled = options.styledLabels ?? /* @__PURE__ */ new Set();
  const checkWrite = await writeAll(outcome, [
    labelReconciler(client, ref, { current: pr.labels, wanted: decision.labels, policy, styled }),
    reviewRequestReconciler(client, ref, reviewRequests)
  ]);
  outcome.checkWrite = checkWrite;
  log?.info(`${ref.owner}/${ref.repo}#${ref.pullNumber}: ${result.title} (check ${checkWrite})`);
  return outcome;
}
function reviewersWanted(approval) {
  const fromWanted = approval.missing > 0 ? approval.requirement.from ?? [] : [];
  const owners = approval.codeOwners ? missingOwners(approval.codeOwners) : [];
  const wanted = [.../* @__PURE__ */ new Set([...fromWanted, ...owners])];
  return wanted.length ? wanted : void 0;
}
async function labelMattersOnBase(client, repo, baseRef, policyPath, label) {
  const read = await readPolicy(client, repo, baseRef, policyPath).catch(() => null);
  return !read?.ok || labelMatters(read.policy, label);
}
function labelMatters(policy, label) {
  const l = label.toLowerCase();
  return managedLabels(policy).some((m) => m.toLowerCase() === l) || policy.override?.label.toLowerCase() === l;
}
function writeError(what, error) {
  const { status, message } = describeGitHubError(error);
  const accepted = error?.response?.headers?.["x-accepted-github-permissions"];
  const permission = typeof accepted === "string" && accepted ? acceptedPermissions(accepted) : PERMISSIONS[what];
  return { what, status, message, permission };
}
function acceptedPermissions(header2) {
  return header2.split(";").map((set) => set.trim().replace(/_/g, "-").replace(/=/g, ": ").replace(/,/g, " and ")).join(" or ");
}
function policyFailure(problems, source, unreadable) {
  const lines = problems.map(formatProblem);
  const title = unreadable ?? `Blast Radius policy is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"})`;
  const summary = [
    `## \u274C ${title}`,
    "",
    `The policy (${source}) could not be used, so this pull request cannot be evaluated and the check fails until it is fixed.`,
    "",
    "```text",
    ...lines.slice(0, 200),
    ...lines.length > 200 ? [`\u2026 and ${lines.length - 200} more`] : [],
    "```",
    "",
    "Fix the policy on the base branch (`blast-radius validate` checks it locally), then re-run this check."
  ].join("\n");
  return [title, summary, lines];
}
function codeOwnersFailure(problems) {
  const title = "Blast Radius cannot use CODEOWNERS, which the policy's approvals rely on";
  const summary = [
    `## \u274C ${title}`,
    "",
    "The policy asks for code owners' approval (`code_owners: true`), but the CODEOWNERS file of the base branch cannot be used, so nobody's approval can be shown to be an owner's and the check fails until it is fixed.",
    "",
    "```text",
    ...problems.slice(0, 50),
    "```",
    "",
    "Fix CODEOWNERS on the base branch (GitHub reads `.github/CODEOWNERS`, then `CODEOWNERS`, then `docs/CODEOWNERS`), then re-run this check."
  ].join("\n");
  return [title, summary, problems];
}
function readFailure(what, error) {
  const { status, message } = describeGitHubError(error);
  const reason = error instanceof IncompleteListError ? message : `GitHub answered ${status ? `HTTP ${status}: ` : ""}${message}`;
  const title = `Blast Radius could not read ${what} from GitHub`;
  const summary = [
    `## \u274C ${title}`,
    "",
    `${reason}.`,
    "",
    "Without them the risk cannot be judged, so the check fails rather than passing unseen changes. Re-run this check to try again."
  ].join("\n");
  return [title, summary, [`${title}: ${reason}`]];
}
function headKeptMoving() {
  const title = "Blast Radius could not read one head commit: the pull request kept changing";
  const summary = [
    `## \u274C ${title}`,
    "",
    `New commits were pushed while the pull request was being read, ${MAX_READS} times in a row, so no single commit's files could be judged and the check fails.`,
    "",
    "Re-run this check once the pushes have settled."
  ].join("\n");
  return [title, summary, [title]];
}
function tooExpensiveFailure(source, error) {
  const title = "Blast Radius policy is too expensive to evaluate for this pull request";
  const summary = [
    `## \u274C ${title}`,
    "",
    `Matching this pull request's changed paths against the globs of the policy (${source}) takes more than the ${formatCount(error.budget)} units of work one evaluation may do, so its risk is unknown and the check fails rather than passing unseen changes.`,
    "",
    "Fix the policy on the base branch: give globs a literal start (`services/api/**` rather than `**/api*/**`), prefer plain names and extensions (`*.sql`) to many stars or `[...]` classes, and merge globs that differ only in a few characters into one. See the Limits section of docs/configuration.md."
  ].join("\n");
  return [title, summary, [`${title}: ${error.message}`]];
}
function internalFailure() {
  const title = "Blast Radius hit an internal error";
  const summary = [
    `## \u274C ${title}`,
    "",
    "Evaluating this pull request failed unexpectedly, so its risk is unknown and the check fails rather than passing unseen changes. The details are in the app's log.",
    "",
    "Re-run this check to try again; if it keeps failing, please report it with the time of this run."
  ].join("\n");
  return [title, summary, [title]];
}

// app/fleet/metrics.ts
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
var FleetMetrics = class {
  registry = new Registry();
  deliveries = new Counter({
    name: "blast_radius_deliveries_total",
    help: "Webhook deliveries handled, by event and outcome (queued, coalesced, ignored, failed).",
    labelNames: ["event", "outcome"],
    registers: [this.registry]
  });
  evaluations = new Counter({
    name: "blast_radius_evaluations_total",
    help: "Pull request evaluations run, by outcome (passing, blocked, failed-closed, skipped, error).",
    labelNames: ["outcome"],
    registers: [this.registry]
  });
  decisions = new Counter({
    name: "blast_radius_decisions_total",
    help: "Decisions made, by tier and whether the pull request was sandboxed.",
    labelNames: ["tier", "sandboxed"],
    registers: [this.registry]
  });
  overrides = new Counter({
    name: "blast_radius_overrides_total",
    help: "Evaluations that passed because an allowed person applied the override label.",
    registers: [this.registry]
  });
  githubRequests = new Counter({
    name: "blast_radius_github_requests_total",
    help: "Requests sent to GitHub, by method and response status (304: answered from the cache, free of rate limit).",
    labelNames: ["method", "status"],
    registers: [this.registry]
  });
  rateLimitRemaining = new Gauge({
    name: "blast_radius_github_rate_limit_remaining",
    help: "GitHub's x-ratelimit-remaining, per installation, as last seen.",
    labelNames: ["installation"],
    registers: [this.registry]
  });
  evaluationSeconds = new Histogram({
    name: "blast_radius_evaluation_duration_seconds",
    help: "How long one evaluation of a pull request took, reads and writes included.",
    buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
    registers: [this.registry]
  });
  constructor(queueDepth) {
    collectDefaultMetrics({ register: this.registry, prefix: "blast_radius_" });
    if (queueDepth) {
      new Gauge({
        name: "blast_radius_queue_depth",
        help: "Pull request evaluations waiting or running (the whole fleet's when the queue is on Redis).",
        registers: [this.registry],
        async collect() {
          this.set(await queueDepth().catch(() => NaN));
        }
      });
    }
  }
  /** A response GitHub sent for `installation`, 304s included. */
  observeResponse(installation, method, status, headers) {
    this.githubRequests.inc({ method, status: String(status) });
    const remaining = Number(headers["x-ratelimit-remaining"]);
    if (headers["x-ratelimit-remaining"] !== void 0 && Number.isFinite(remaining)) this.rateLimitRemaining.set({ installation: String(installation) }, remaining);
  }
  async render() {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
};

// app/fleet/queue.ts
import { randomUUID } from "node:crypto";
var DEFAULT_DEBOUNCE_MS = 300;
function pullRequestKey(job) {
  return `${job.installationId}:${job.owner}/${job.repo}#${job.pullNumber}`.toLowerCase();
}
var InProcessQueue = class {
  constructor(evaluate2, hooks = {}, debounceMs = DEFAULT_DEBOUNCE_MS) {
    this.evaluate = evaluate2;
    this.hooks = hooks;
    this.debounceMs = debounceMs;
  }
  evaluate;
  hooks;
  debounceMs;
  /** per PR: the follow-up to run after the current evaluation (null: none asked for yet) */
  inFlight = /* @__PURE__ */ new Map();
  async enqueue(job) {
    const key = pullRequestKey(job);
    const running = this.inFlight.get(key);
    if (running) {
      const coalesced = running.followUp !== null;
      running.followUp = job;
      return coalesced ? "coalesced" : "queued";
    }
    const entry = { followUp: null, done: Promise.resolve() };
    this.inFlight.set(key, entry);
    entry.done = this.drain(key, job, entry);
    return "queued";
  }
  async drain(key, first, entry) {
    await new Promise((resolve) => setTimeout(resolve, this.debounceMs));
    let job = entry.followUp ?? first;
    entry.followUp = null;
    while (job) {
      try {
        await this.evaluate(job);
      } catch (error) {
        this.hooks.onError?.(job, error);
      }
      job = entry.followUp;
      entry.followUp = null;
    }
    this.inFlight.delete(key);
  }
  async depth() {
    let n = 0;
    for (const entry of this.inFlight.values()) n += entry.followUp ? 2 : 1;
    return n;
  }
  /** Resolves when every PR in flight is done (tests and graceful shutdown). */
  async idle() {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight.values()].map((e) => e.done));
  }
  async close() {
    await this.idle();
  }
};
var QUEUE_NAME = "blast-radius-evaluations";
async function createRedisQueue(options, evaluate2, hooks = {}) {
  const { Queue, Worker } = await import("bullmq");
  const { Redis } = await import("ioredis");
  const connect = () => new Redis(options.url, { maxRetriesPerRequest: null });
  const prefix = options.prefix ?? "bull";
  const queueConnection = connect();
  const workerConnection = connect();
  const queue = new Queue(QUEUE_NAME, { connection: queueConnection, prefix });
  const lockDuration = options.lockDurationMs ?? 3e4;
  const worker = new Worker(
    QUEUE_NAME,
    async (job) => {
      try {
        await evaluate2(job.data);
      } catch (error) {
        hooks.onError?.(job.data, error);
        throw error;
      }
    },
    {
      connection: workerConnection,
      prefix,
      concurrency: options.concurrency ?? 4,
      lockDuration,
      stalledInterval: Math.max(1e3, Math.floor(lockDuration / 2)),
      maxStalledCount: 3
    }
  );
  worker.on("error", () => void 0);
  return {
    async enqueue(job) {
      const id = `${pullRequestKey(job).replace(/[:#/]/g, "_")}-${randomUUID()}`;
      const added = await queue.add("evaluate", job, {
        jobId: id,
        deduplication: { id: pullRequestKey(job), keepLastIfActive: true },
        attempts: 3,
        backoff: { type: "exponential", delay: 1e3 },
        removeOnComplete: true,
        removeOnFail: 100
      });
      return added.id === id ? "queued" : "coalesced";
    },
    async depth() {
      const counts = await queue.getJobCounts("active", "waiting", "delayed", "prioritized");
      return Object.values(counts).reduce((a, b) => a + b, 0);
    },
    async close() {
      await worker.close();
      await queue.close();
      queueConnection.disconnect();
      workerConnection.disconnect();
    }
  };
}

// app/fleet/fleet.ts
async function startFleet(probot, settings, evaluation) {
  let store = memoryStore();
  let closeRedis = () => void 0;
  if (settings.redisUrl) {
    const { Redis } = await import("ioredis");
    const redis = new Redis(settings.redisUrl);
    redis.on("error", (error) => probot.log.warn(`redis: ${error.message}`));
    store = redisStore(redis);
    closeRedis = () => redis.disconnect();
  }
  const made = {};
  const metrics = settings.metrics ? new FleetMetrics(() => made.queue ? made.queue.depth() : Promise.resolve(0)) : null;
  const run2 = async (job) => {
    const started = Date.now();
    const octokit = await probot.auth(job.installationId);
    let requests = 0;
    useConditionalRequests(octokit, `installation:${job.installationId}`, store, {
      onResponse: (status, headers, method) => {
        requests++;
        metrics?.observeResponse(job.installationId, method, status, headers);
      }
    });
    const where = `${job.owner}/${job.repo}#${job.pullNumber}`;
    let outcome;
    try {
      outcome = await evaluatePullRequest({
        client: asGitHubClient(octokit),
        pullRequest: { owner: job.owner, repo: job.repo, pullNumber: job.pullNumber },
        policyPath: evaluation.policyPath,
        appId: evaluation.appId,
        log: { info: () => void 0, warn: (m) => probot.log.warn(m), error: (m) => probot.log.error(m) }
      });
    } catch (error) {
      const { status, message } = describeGitHubError(error);
      metrics?.evaluations.inc({ outcome: "error" });
      probot.log.error({ pullRequest: where, reason: job.reason, requests, durationMs: Date.now() - started }, `${where}: could not read the pull request (${status ?? "no status"}: ${message})`);
      throw error;
    }
    const seconds = (Date.now() - started) / 1e3;
    metrics?.evaluationSeconds.observe(seconds);
    const result = outcome.skipped ? "skipped" : outcome.problems.length ? "failed-closed" : outcome.passing ? "passing" : "blocked";
    metrics?.evaluations.inc({ outcome: result });
    if (outcome.decision) metrics?.decisions.inc({ tier: outcome.decision.tier, sandboxed: String(outcome.decision.sandboxed) });
    if (outcome.override?.allowed) metrics?.overrides.inc();
    probot.log.info(
      { pullRequest: where, reason: job.reason, tier: outcome.decision?.tier ?? null, outcome: result, check: outcome.checkWrite, requests, durationMs: Math.round(seconds * 1e3) },
      `${where}: ${outcome.check?.title ?? outcome.skipped ?? "evaluated"}`
    );
  };
  const onError = (job, error) => probot.log.warn(`${job.owner}/${job.repo}#${job.pullNumber}: evaluation failed (${describeGitHubError(error).message}); it is retried`);
  const queue = settings.redisUrl ? await createRedisQueue({ url: settings.redisUrl, concurrency: settings.concurrency, lockDurationMs: settings.lockDurationMs }, run2, { onError }) : new InProcessQueue(run2, { onError });
  made.queue = queue;
  return {
    metrics,
    enqueue: (job) => queue.enqueue(job),
    async close() {
      await queue.close();
      closeRedis();
    }
  };
}

// src/github/open-pull-requests.ts
var MAX_PULL_REQUESTS_PER_SWEEP = 300;
async function openPullRequestsInto(client, repo, branch, limit = MAX_PULL_REQUESTS_PER_SWEEP) {
  let seen = 0;
  const pulls = await paginateOf(client)(
    "GET /repos/{owner}/{repo}/pulls",
    { ...repo, state: "open", ...branch !== void 0 && { base: branch }, per_page: 100 },
    (response, done) => {
      seen += response.data.length;
      if (seen >= limit) done();
      return response.data;
    }
  );
  return pulls.slice(0, limit).map((p) => p.number);
}
async function openPullRequestsForCommit(client, repo, sha) {
  const { data } = await client.request("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", { ...repo, commit_sha: sha, per_page: 100 });
  return data.filter((p) => p.state === "open" && p.head.sha === sha).map((p) => p.number);
}

// app/index.ts
function blastRadiusApp(options = {}) {
  const policyPath = options.policyPath || DEFAULT_POLICY_PATH;
  const appId = options.appId;
  const installSweepLimit = options.installSweepLimit ?? MAX_PULL_REQUESTS_PER_SWEEP;
  const styledLabels = /* @__PURE__ */ new Set();
  return (app) => {
    let ownLogin;
    const ownBotLogin = () => ownLogin ??= app.auth().then((octokit) => octokit.request("GET /app")).then(
      ({ data }) => data?.slug ? `${data.slug}[bot]` : null,
      (error) => {
        ownLogin = void 0;
        app.log.warn(`could not learn this app's own login, so its own label changes are evaluated too: ${describeGitHubError(error).message}`);
        return null;
      }
    );
    const evaluate2 = async (context, pullNumber, onlyIfLabelMatters, { owner, repo } = context.repo()) => {
      if (options.queue) return enqueue(options.queue, context, pullNumber, onlyIfLabelMatters, { owner, repo });
      const log = {
        info: (m) => context.log.info(m),
        warn: (m) => context.log.warn(m),
        error: (m) => context.log.error(m)
      };
      try {
        const outcome = await evaluatePullRequest({
          client: asGitHubClient(context.octokit),
          pullRequest: { owner, repo, pullNumber },
          policyPath,
          styledLabels,
          onlyIfLabelMatters,
          appId,
          log
        });
        if (outcome.skipped) context.log.debug(`${owner}/${repo}#${pullNumber}: skipped, ${outcome.skipped}`);
      } catch (error) {
        const { status, message } = describeGitHubError(error);
        context.log.error(`${owner}/${repo}#${pullNumber}: could not read the pull request (${status ?? "no status"}: ${message})`);
      }
    };
    const enqueue = async (queue, context, pullNumber, label, { owner, repo }) => {
      const event = `${context.name}.${context.payload.action ?? ""}`;
      const installationId = context.payload.installation?.id;
      if (installationId === void 0) {
        context.log.warn(`${owner}/${repo}#${pullNumber}: ${event} names no installation; ignored`);
        return queue.delivered?.(context.name, "ignored");
      }
      const baseRef = context.payload.pull_request?.base?.ref;
      if (label !== void 0 && baseRef && !await labelMattersOnBase(asGitHubClient(context.octokit), { owner, repo }, baseRef, policyPath, label)) {
        context.log.debug(`${owner}/${repo}#${pullNumber}: label "${label}" is not one Blast Radius manages`);
        return queue.delivered?.(context.name, "ignored");
      }
      const accepted = await queue.enqueue({ installationId, owner, repo, pullNumber, reason: event });
      queue.delivered?.(context.name, accepted);
    };
    app.on(["pull_request.opened", "pull_request.reopened", "pull_request.synchronize", "pull_request.ready_for_review"], async (context) => {
      await evaluate2(context, context.payload.pull_request.number);
    });
    app.on("pull_request.edited", async (context) => {
      if (context.payload.changes?.base) await evaluate2(context, context.payload.pull_request.number);
    });
    app.on(["pull_request.labeled", "pull_request.unlabeled"], async (context) => {
      const sender = context.payload.sender;
      if (sender.type === "Bot" && sender.login.toLowerCase() === (await ownBotLogin())?.toLowerCase()) return;
      const label = context.payload.label?.name;
      if (label) await evaluate2(context, context.payload.pull_request.number, label);
    });
    app.on(["pull_request_review.submitted", "pull_request_review.edited", "pull_request_review.dismissed"], async (context) => {
      await evaluate2(context, context.payload.pull_request.number);
    });
    app.on("check_run.rerequested", async (context) => {
      const run2 = context.payload.check_run;
      if (!run2.name.startsWith(CHECK_NAME_PREFIX)) return;
      let numbers = run2.pull_requests.map((p) => p.number);
      if (numbers.length === 0) numbers = await openPullRequestsForCommit(asGitHubClient(context.octokit), context.repo(), run2.head_sha);
      for (const number of numbers) await evaluate2(context, number);
    });
    app.on("check_suite.rerequested", async (context) => {
      const suite = context.payload.check_suite;
      let numbers = suite.pull_requests.map((p) => p.number);
      if (numbers.length === 0 && suite.head_sha) numbers = await openPullRequestsForCommit(asGitHubClient(context.octokit), context.repo(), suite.head_sha);
      for (const number of numbers) await evaluate2(context, number);
    });
    const evaluateOpenPullRequestsOf = async (context, repositories) => {
      const client = asGitHubClient(context.octokit);
      let budget = installSweepLimit;
      let evaluated = 0;
      let unswept = 0;
      for (const { full_name } of repositories) {
        const [owner, repo] = full_name.split("/");
        if (budget === 0) {
          unswept++;
          continue;
        }
        let numbers;
        try {
          numbers = await openPullRequestsInto(client, { owner, repo }, void 0, budget);
        } catch (error) {
          const { status, message } = describeGitHubError(error);
          context.log.error(`${full_name}: could not list open pull requests (${status ?? "no status"}: ${message})`);
          continue;
        }
        budget -= numbers.length;
        for (const number of numbers) await evaluate2(context, number, void 0, { owner, repo });
        evaluated += numbers.length;
      }
      context.log.info(`newly installed on ${repositories.length} repositor${repositories.length === 1 ? "y" : "ies"}: evaluated ${evaluated} open pull request(s)`);
      if (budget === 0) {
        context.log.warn(`stopped at ${installSweepLimit} pull requests (${unswept} repositor${unswept === 1 ? "y" : "ies"} not swept); the others get their check on their next push`);
      }
    };
    app.on("installation.created", async (context) => {
      await evaluateOpenPullRequestsOf(context, context.payload.repositories ?? []);
    });
    app.on("installation_repositories.added", async (context) => {
      await evaluateOpenPullRequestsOf(context, context.payload.repositories_added);
    });
    app.on("push", async (context) => {
      const { ref, commits, deleted } = context.payload;
      if (deleted || !ref.startsWith("refs/heads/")) return;
      const touched = commits.some((c) => [...c.added ?? [], ...c.modified ?? [], ...c.removed ?? []].includes(policyPath));
      if (!touched) return;
      const branch = ref.slice("refs/heads/".length);
      const client = asGitHubClient(context.octokit);
      const numbers = await openPullRequestsInto(client, context.repo(), branch);
      context.log.info(`${policyPath} changed on ${branch}: re-evaluating ${numbers.length} open pull request(s)`);
      for (const number of numbers) await evaluate2(context, number);
    });
  };
}

// app/registration.ts
import { readFileSync, writeFileSync } from "node:fs";
import { join as join3 } from "node:path";
import { parse as parseYaml } from "yaml";
function registrationHandler(settings, options) {
  const envFile = options.envFile ?? join3(process.cwd(), ".env");
  return async (req, res) => {
    if (req.method !== "GET") return false;
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/") return redirect(res, "/probot");
    if (url.pathname === "/probot") {
      const manifest = appManifest(readAppYml(), publicBaseUrl(req), settings);
      html(res, 200, registrationPage(manifest, createAppUrl(settings)));
      return true;
    }
    if (url.pathname === "/probot/setup") {
      const code = url.searchParams.get("code");
      if (!code || !/^[\w-]+$/.test(code)) return html(res, 400, '<p>The registration code from GitHub is missing or malformed: start again from <a href="/probot">/probot</a>.</p>');
      let app;
      try {
        app = await convertManifestCode(settings, code);
      } catch (error) {
        options.log.error(`Registration failed: ${error.message}`);
        return html(res, 502, `<p>${escapeHtml(error.message)}. Start again from <a href="/probot">/probot</a>.</p>`);
      }
      updateEnvFile(envFile, { APP_ID: String(app.id), PRIVATE_KEY: app.pem, WEBHOOK_SECRET: app.webhook_secret, GITHUB_CLIENT_ID: app.client_id, GITHUB_CLIENT_SECRET: app.client_secret });
      options.log.info(`Registered GitHub App ${app.id}; its credentials are in ${envFile}. Restart the server to receive deliveries.`);
      return redirect(res, `${app.html_url}/installations/new`);
    }
    return false;
  };
}
function appManifest(appYml, baseUrl, settings) {
  const hookAttributes = appYml.hook_attributes ?? {};
  return {
    ...appYml,
    hook_attributes: { ...hookAttributes, url: settings.webhookProxyUrl ?? `${baseUrl}${settings.webhookPath}` },
    redirect_url: `${baseUrl}/probot/setup`
  };
}
function readAppYml() {
  return parseYaml(readFileSync(join3(process.cwd(), "app.yml"), "utf8")) ?? {};
}
function publicBaseUrl(req) {
  const first = (header2) => (Array.isArray(header2) ? header2[0] : header2)?.split(",")[0].trim();
  const protocol = first(req.headers["x-forwarded-proto"]) ?? ("encrypted" in req.socket && req.socket.encrypted ? "https" : "http");
  const host = first(req.headers["x-forwarded-host"]) ?? req.headers.host ?? "localhost";
  return `${protocol}://${host}`;
}
function createAppUrl(settings) {
  return `${settings.webBaseUrl}${settings.organization ? `/organizations/${encodeURIComponent(settings.organization)}` : ""}/settings/apps/new`;
}
async function convertManifestCode(settings, code) {
  const response = await fetchWithTimeout(settings.requestTimeoutMs)(`${settings.apiBaseUrl}/app-manifests/${code}/conversions`, {
    method: "POST",
    headers: { accept: "application/vnd.github+json", "user-agent": "blast-radius" }
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok || !body.id || !body.pem || !body.webhook_secret || !body.html_url) {
    throw new Error(`GitHub did not register the app (HTTP ${response.status}: ${body.message ?? "unexpected answer"})`);
  }
  return body;
}
function updateEnvFile(path, values) {
  let lines = [];
  try {
    lines = readFileSync(path, "utf8").split("\n");
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  if (lines.at(-1) === "") lines.pop();
  for (const [key, value] of Object.entries(values)) {
    if (value === void 0) continue;
    const line = `${key}=${/[\n"#\s]/.test(value) ? `"${value.replace(/\n/g, "\\n").replace(/"/g, '\\"')}"` : value}`;
    const at = lines.findIndex((l) => new RegExp(`^\\s*(export\\s+)?${key}\\s*=`).test(l));
    if (at >= 0) lines[at] = line;
    else lines.push(line);
  }
  writeFileSync(path, `${lines.join("\n")}
`, { mode: 384 });
}
function registrationPage(manifest, action) {
  const hook = manifest.hook_attributes.url;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Register Blast Radius</title></head>
<body>
<h1>Register Blast Radius as a GitHub App</h1>
<p>GitHub will deliver webhooks to <code>${escapeHtml(hook)}</code>. If GitHub cannot reach that address, open this page at the public address instead (or set WEBHOOK_PROXY_URL), or change the webhook URL in the app's settings afterwards.</p>
<form action="${escapeHtml(action)}" method="post">
<input type="hidden" name="manifest" value="${escapeHtml(JSON.stringify(manifest))}">
<button type="submit">Register GitHub App</button>
</form>
</body></html>
`;
}
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function redirect(res, location) {
  res.writeHead(302, { location, "content-type": "text/plain" }).end(`Found. Redirecting to ${location}`);
  return true;
}
function html(res, status, body) {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8" }).end(body);
  return true;
}

// app/server.ts
var MAX_WEBHOOK_BODY_BYTES = 25 * 1024 * 1024;
var REFUSED_CONNECTION_LINGER_MS = 2e3;
async function startServer(settings, options = {}) {
  const { credentials } = settings;
  let webhooks;
  let log;
  let registration;
  let fleet;
  if (credentials) {
    const probot = new Probot({
      appId: credentials.appId,
      privateKey: credentials.privateKey,
      secret: credentials.webhookSecret,
      baseUrl: settings.apiBaseUrl,
      logLevel: settings.logLevel,
      logFormat: settings.logFormat,
      Octokit: options.Octokit,
      // Every request to GitHub, the installation token's included, gives up after the timeout.
      request: { fetch: fetchWithTimeout(settings.requestTimeoutMs) },
      // Replicas share Probot's throttling of GitHub's secondary rate limits through Redis.
      ...settings.redisUrl ? { redisConfig: settings.redisUrl } : {}
    });
    fleet = await startFleet(
      {
        auth: (installationId) => probot.auth(installationId),
        // Probot makes its logger on first use (load), after this: read it when needed.
        get log() {
          return probot.log;
        }
      },
      { redisUrl: settings.redisUrl, metrics: settings.metrics, concurrency: settings.concurrency, lockDurationMs: settings.queueLockMs },
      { policyPath: settings.policyPath, appId: credentials.appId }
    );
    const running = fleet;
    const queue = {
      enqueue: running.enqueue,
      delivered: (event, outcome) => running.metrics?.deliveries.inc({ event, outcome })
    };
    await probot.load(options.appFn ?? blastRadiusApp({ policyPath: settings.policyPath, appId: credentials.appId, queue }));
    webhooks = await probot.getNodeMiddleware({ path: settings.webhookPath });
    log = probot.log;
  } else {
    log = options.log ?? console;
    webhooks = (_req, res) => reply(res, 503, "Blast Radius is not registered yet: open this server's home page to register it, or set APP_ID, PRIVATE_KEY and WEBHOOK_SECRET.\n");
    registration = registrationHandler(settings, { envFile: options.envFile, log });
  }
  const server = createServer((req, res) => {
    route(req, res).catch((error) => {
      log.error(`request ${req.method} ${req.url} failed: ${String(error)}`);
      if (!res.headersSent) reply(res, 500, "internal error\n");
    });
  });
  const route = async (req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method === "GET" && path === "/healthz") return void reply(res, 200, JSON.stringify({ status: "ok", registered: Boolean(credentials) }), "application/json");
    if (req.method === "GET" && path === "/ping") return void reply(res, 200, "PONG");
    if (req.method === "GET" && path === "/metrics" && fleet?.metrics) {
      const { contentType, body } = await fleet.metrics.render();
      return void reply(res, 200, body, contentType);
    }
    if (req.method === "POST" && path === settings.webhookPath) {
      const body = await readBodyWithin(req, res, MAX_WEBHOOK_BODY_BYTES);
      if (body === void 0) return;
      Object.assign(req, { body });
      if (!await webhooks(req, res)) reply(res, 404, "not found\n");
      return;
    }
    if (registration && await registration(req, res)) return;
    reply(res, 404, "not found\n");
  };
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(settings.port, settings.host, () => resolve());
  });
  const url = `http://${printableHost(server.address())}`;
  log.info(`Blast Radius is listening on ${url}${credentials ? `; deliveries go to ${settings.webhookPath}` : " in registration mode: open it in a browser to register the app"}`);
  const stopProxy = settings.webhookProxyUrl ? await startWebhookProxy(settings.webhookProxyUrl, `${url}${settings.webhookPath}`, log) : void 0;
  return {
    url,
    close: async () => {
      stopProxy?.();
      await fleet?.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
    }
  };
}
function readBodyWithin(req, res, limit) {
  const refuse = () => {
    res.writeHead(413, { "content-type": "text/plain" });
    res.end(`A webhook delivery is at most ${limit} bytes.
`, () => setTimeout(() => req.destroy(), REFUSED_CONNECTION_LINGER_MS).unref());
  };
  const declared = Number(req.headers["content-length"]);
  if (declared > limit) {
    refuse();
    return Promise.resolve(void 0);
  }
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off("data", onData);
      req.pause();
      chunks.length = 0;
      refuse();
      resolve(void 0);
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
function reply(res, status, body, contentType = "text/plain") {
  res.writeHead(status, { "content-type": contentType }).end(body);
  return true;
}
function printableHost({ address, family, port }) {
  const host = address === "0.0.0.0" || address === "::" ? "localhost" : address;
  return `${family === "IPv6" && host !== "localhost" ? `[${host}]` : host}:${port}`;
}
async function startWebhookProxy(source, target, log) {
  const moduleName = "smee-client";
  let SmeeClient;
  try {
    ({ SmeeClient } = await import(moduleName));
  } catch {
    log.warn(`WEBHOOK_PROXY_URL is set but smee-client is not installed: run \`npm install --no-save smee-client\` to forward ${source} to ${target}.`);
    return void 0;
  }
  const events = await new SmeeClient({ source, target, logger: log }).start();
  log.info(`Forwarding webhook deliveries from ${source} to ${target}`);
  return () => events.close();
}

// app/settings.ts
import { readFileSync as readFileSync2 } from "node:fs";
var DEFAULT_WEBHOOK_PATH = "/api/github/webhooks";
var LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal"];
var SettingsError = class extends Error {
  constructor(problems) {
    super(`Blast Radius cannot start; fix these settings (environment or .env):
${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.problems = problems;
    this.name = "SettingsError";
  }
  problems;
};
function readSettings(env) {
  const problems = [];
  const value = (name2) => {
    const raw = env[name2]?.trim();
    return raw ? raw : void 0;
  };
  const integer = (name2, fallback, min, max) => {
    const raw = value(name2);
    if (raw === void 0) return fallback;
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!(n >= min && n <= max)) {
      problems.push(`${name2}=${raw} is not a whole number from ${min} to ${max}`);
      return fallback;
    }
    return n;
  };
  const webhookPath = value("WEBHOOK_PATH") ?? DEFAULT_WEBHOOK_PATH;
  if (!webhookPath.startsWith("/")) problems.push(`WEBHOOK_PATH=${webhookPath} must start with "/" (e.g. ${DEFAULT_WEBHOOK_PATH})`);
  const logLevel = (value("LOG_LEVEL") ?? "info").toLowerCase();
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL=${logLevel} is not one of ${LOG_LEVELS.join(", ")}`);
  const logFormat = value("LOG_FORMAT") ?? (value("NODE_ENV") === "production" ? "json" : "pretty");
  if (logFormat !== "json" && logFormat !== "pretty") problems.push(`LOG_FORMAT=${logFormat} must be json or pretty`);
  const webhookProxyUrl = value("WEBHOOK_PROXY_URL");
  if (webhookProxyUrl !== void 0 && !isHttpUrl(webhookProxyUrl)) problems.push(`WEBHOOK_PROXY_URL=${webhookProxyUrl} is not an http(s) URL`);
  const policyPath = value("BLAST_RADIUS_POLICY_PATH") ?? DEFAULT_POLICY_PATH;
  if (policyPath.startsWith("/") || policyPath.split("/").some((part) => part === ".." || part === "." || part === "") || policyPath.includes("\\")) {
    problems.push(`BLAST_RADIUS_POLICY_PATH=${policyPath} must be a path inside the repository, like ${DEFAULT_POLICY_PATH}`);
  }
  const settings = {
    credentials: readCredentials(value, problems),
    port: integer("PORT", 3e3, 0, 65535),
    host: value("HOST") ?? "localhost",
    webhookPath,
    webhookProxyUrl,
    logLevel,
    logFormat,
    ...gitHubUrls(value, problems),
    organization: value("GH_ORG"),
    policyPath,
    requestTimeoutMs: integer("BLAST_RADIUS_REQUEST_TIMEOUT_MS", DEFAULT_REQUEST_TIMEOUT_MS, 1, 6e5),
    redisUrl: redisUrl(value("REDIS_URL"), problems),
    metrics: flag("BLAST_RADIUS_METRICS", value("BLAST_RADIUS_METRICS"), problems),
    concurrency: integer("BLAST_RADIUS_CONCURRENCY", 4, 1, 64),
    queueLockMs: integer("BLAST_RADIUS_QUEUE_LOCK_MS", 3e4, 1e3, 6e5)
  };
  if (problems.length > 0) throw new SettingsError(problems);
  return settings;
}
function gitHubUrls(value, problems) {
  const host = value("GHE_HOST");
  const protocol = value("GHE_PROTOCOL") ?? "https";
  if (protocol !== "https" && protocol !== "http") problems.push(`GHE_PROTOCOL=${protocol} must be https or http`);
  if (host === void 0) return { apiBaseUrl: "https://api.github.com", webBaseUrl: "https://github.com" };
  if (/[/\s]/.test(host)) problems.push(`GHE_HOST=${host} must be a host name (and port), like github.example.com, without a scheme or path`);
  return { apiBaseUrl: `${protocol}://${host}/api/v3`, webBaseUrl: `${protocol}://${host}` };
}
function readCredentials(value, problems) {
  const rawId = value("APP_ID");
  const webhookSecret = value("WEBHOOK_SECRET");
  const keyGiven = value("PRIVATE_KEY") !== void 0 || value("PRIVATE_KEY_PATH") !== void 0;
  if (rawId === void 0 && !keyGiven && webhookSecret === void 0) return void 0;
  const privateKey = readPrivateKey(value, problems);
  const missing = [rawId === void 0 && "APP_ID", !keyGiven && "PRIVATE_KEY or PRIVATE_KEY_PATH", webhookSecret === void 0 && "WEBHOOK_SECRET"].filter(Boolean);
  if (missing.length > 0) problems.push(`${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} not set (the app's settings page on GitHub has ${missing.length > 1 ? "them" : "it"})`);
  const appId = rawId !== void 0 && /^\d+$/.test(rawId) ? Number(rawId) : void 0;
  if (rawId !== void 0 && !appId) problems.push(`APP_ID=${rawId} is not a GitHub App ID (a positive whole number)`);
  if (!appId || !privateKey || !webhookSecret) return void 0;
  return { appId, privateKey, webhookSecret };
}
function readPrivateKey(value, problems) {
  const inline = value("PRIVATE_KEY");
  const path = value("PRIVATE_KEY_PATH");
  if (inline !== void 0) {
    const pem = inline.replace(/\\n/g, "\n");
    if (isPem(pem)) return pem;
    const decoded = Buffer.from(inline, "base64").toString("utf8");
    if (isPem(decoded)) return decoded;
    problems.push("PRIVATE_KEY is not a PEM private key (expected -----BEGIN ... PRIVATE KEY-----, or that PEM in base64)");
    return void 0;
  }
  if (path === void 0) return void 0;
  let text;
  try {
    text = readFileSync2(path, "utf8");
  } catch (error) {
    problems.push(`PRIVATE_KEY_PATH=${path} cannot be read (${error.code ?? String(error)})`);
    return void 0;
  }
  if (isPem(text)) return text;
  problems.push(`PRIVATE_KEY_PATH=${path} is not a PEM private key`);
  return void 0;
}
function isPem(text) {
  return /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+-----END [A-Z ]*PRIVATE KEY-----/.test(text);
}
function redisUrl(raw, problems) {
  if (raw === void 0) return void 0;
  try {
    if (["redis:", "rediss:"].includes(new URL(raw).protocol)) return raw;
  } catch {
  }
  problems.push(`REDIS_URL must be a redis:// or rediss:// URL (e.g. redis://redis:6379)`);
  return void 0;
}
function flag(name2, raw, problems) {
  if (raw === void 0) return false;
  if (/^(true|1|yes|on)$/i.test(raw)) return true;
  if (/^(false|0|no|off)$/i.test(raw)) return false;
  problems.push(`${name2}=${raw} must be true or false`);
  return false;
}
function isHttpUrl(text) {
  try {
    return ["http:", "https:"].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

// app/main.ts
function environment() {
  let fromFile = {};
  try {
    fromFile = parseEnv(readFileSync3(join4(process.cwd(), ".env"), "utf8"));
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  const env = { ...fromFile };
  for (const [key, value] of Object.entries(process.env)) if (value?.trim()) env[key] = value;
  return env;
}
async function main() {
  let settings;
  try {
    settings = readSettings(environment());
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  const server = await startServer(settings);
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.once(signal, () => {
      void server.close().then(() => process.exit(0));
    });
  }
}
main().catch((error) => {
  console.error(`Blast Radius could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
