import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __dirname = __monimeGuardPath(new URL('./hcl2json/lib/', import.meta.url));
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb, mod) => function __require2() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
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

// src/detector/grammar.ts
function isAlnum(code) {
  return code >= CODE_a && code <= CODE_z || code >= CODE_A && code <= CODE_Z || code >= CODE_0 && code <= CODE_9;
}
function charClass(code) {
  if (code >= CODE_0 && code <= CODE_9) return 0;
  if (code >= CODE_A && code <= CODE_Z) return 1;
  if (code >= CODE_a && code <= CODE_z) return 2;
  return -1;
}
function parseCandidate(text2, index, previous) {
  const before = index > 0 ? text2.charCodeAt(index - 1) : previous ?? -1;
  if (isAlnum(before) || before === CODE_UNDERSCORE) return void 0;
  let bodyStart = index + LIVE_PREFIX.length;
  let kind = "live";
  if (text2.startsWith("test_", bodyStart)) {
    kind = "test";
    bodyStart += 5;
  }
  const limit = Math.min(text2.length, bodyStart + MAX_BODY + 1);
  let bodyEnd = bodyStart;
  while (bodyEnd < limit && isAlnum(text2.charCodeAt(bodyEnd))) bodyEnd++;
  const next = bodyEnd < text2.length ? text2.charCodeAt(bodyEnd) : -1;
  return { kind, start: index, bodyStart, bodyEnd, next };
}
var LIVE_PREFIX, TEST_PREFIX, MIN_BODY, MAX_BODY, CANONICAL_BODY, MAX_TOKEN_LENGTH, CODE_0, CODE_9, CODE_A, CODE_Z, CODE_a, CODE_z, CODE_UNDERSCORE, CODE_DASH, CODE_PERCENT, CODE_AMPERSAND, CODE_BACKSLASH;
var init_grammar = __esm({
  "src/detector/grammar.ts"() {
    "use strict";
    LIVE_PREFIX = "mon_";
    TEST_PREFIX = "mon_test_";
    MIN_BODY = 20;
    MAX_BODY = 128;
    CANONICAL_BODY = 64;
    MAX_TOKEN_LENGTH = TEST_PREFIX.length + MAX_BODY;
    CODE_0 = 48;
    CODE_9 = 57;
    CODE_A = 65;
    CODE_Z = 90;
    CODE_a = 97;
    CODE_z = 122;
    CODE_UNDERSCORE = 95;
    CODE_DASH = 45;
    CODE_PERCENT = 37;
    CODE_AMPERSAND = 38;
    CODE_BACKSLASH = 92;
  }
});

// src/findings/mask.ts
function maskToken(token) {
  const prefix2 = token.startsWith(TEST_PREFIX) ? TEST_PREFIX : token.startsWith(LIVE_PREFIX) ? LIVE_PREFIX : "";
  const body = token.slice(prefix2.length);
  if (body.length < KEEP * 4) return `${prefix2}\u2026`;
  return `${prefix2}${body.slice(0, KEEP)}\u2026${body.slice(-KEEP)}`;
}
function startsToken(text2, index) {
  AT_TOKEN_START.lastIndex = index;
  return AT_TOKEN_START.test(text2);
}
function redactTokens(text2) {
  return text2.replace(TOKEN_SHAPED, (match2, index) => startsToken(text2, index) ? maskToken(match2) : match2);
}
var KEEP, TOKEN_START, TOKEN_SHAPED, AT_TOKEN_START;
var init_mask = __esm({
  "src/findings/mask.ts"() {
    "use strict";
    init_grammar();
    KEEP = 4;
    TOKEN_START = String.raw`(?:(?<![A-Za-z0-9])|(?<=%[0-9A-Fa-f]{2}|\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\[nrtbfv0]))`;
    TOKEN_SHAPED = /mon_(?:test_)?[A-Za-z0-9]{9,}/g;
    AT_TOKEN_START = new RegExp(`${TOKEN_START}mon_`, "y");
  }
});

// src/errors.ts
function errorCode(error) {
  if (typeof error === "object" && error !== null && "code" in error) {
    const { code } = error;
    return typeof code === "string" ? code : void 0;
  }
  return void 0;
}
function errorReason(error) {
  return errorCode(error) ?? (error instanceof Error ? error.message : String(error));
}
var MonimeGuardError, ConfigError, SourceError, InputError, WriteError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    MonimeGuardError = class extends Error {
      /** Machine-readable code, stable across releases. */
      code;
      constructor(code, message, options) {
        super(message, options);
        this.name = new.target.name;
        this.code = code;
      }
    };
    ConfigError = class extends MonimeGuardError {
      constructor(message, options) {
        super("config", message, options);
      }
    };
    SourceError = class extends MonimeGuardError {
      constructor(message, options) {
        super("source", message, options);
      }
    };
    InputError = class extends MonimeGuardError {
      constructor(message, options) {
        super("input", message, options);
      }
    };
    WriteError = class extends MonimeGuardError {
      constructor(message, options) {
        super("write", message, options);
      }
    };
  }
});

// src/output/write-file.ts
import { randomBytes } from "node:crypto";
import * as fs2 from "node:fs";
import * as path from "node:path";
function failure(error, options, kept) {
  const code = errorCode(error);
  const reason = code === void 0 ? String(error?.message ?? error) : REASONS[code] ? `${code}: ${REASONS[code]}` : code;
  return new WriteError(`${options.name}: cannot write${options.what ? ` ${options.what}` : ""} (${reason})${kept ? `; ${kept}` : ""}`, { cause: error });
}
function writeFileWhole(file, text2, options) {
  const bytes = Buffer.from(redactTokens(text2), "utf8");
  let target = path.resolve(file);
  let mode = options.mode;
  let existed = false;
  try {
    target = fs2.realpathSync(target);
    const stat2 = fs2.statSync(target);
    existed = stat2.isFile();
    if (existed) mode = stat2.mode & 4095;
  } catch {
  }
  const kept = existed ? "the previous file is left as it was" : void 0;
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  let fd;
  try {
    fd = fs2.openSync(temporary, "wx", mode ?? 438);
    if (mode !== void 0) fs2.fchmodSync(fd, mode);
    writeAll(fd, bytes);
    fs2.fsyncSync(fd);
    fs2.closeSync(fd);
    fd = void 0;
    fs2.renameSync(temporary, target);
  } catch (error) {
    if (fd !== void 0) closeQuietly(fd);
    fs2.rmSync(temporary, { force: true });
    throw failure(error, options, kept);
  }
  syncDirectory(path.dirname(target));
}
function appendRecord(fd, text2, options) {
  const bytes = Buffer.from(redactTokens(text2), "utf8");
  let before;
  try {
    before = fs2.fstatSync(fd).size;
    writeAll(fd, bytes);
    fs2.fsyncSync(fd);
  } catch (error) {
    if (before === void 0) throw failure(error, options, void 0);
    try {
      fs2.ftruncateSync(fd, before);
      fs2.fsyncSync(fd);
    } catch {
      throw failure(error, options, "its last record may be cut short");
    }
    throw failure(error, options, "the records written before are kept");
  }
}
function appendFileWhole(file, text2, options) {
  let fd;
  try {
    fd = fs2.openSync(file, "a", options.mode ?? 438);
  } catch (error) {
    throw failure(error, options, void 0);
  }
  try {
    appendRecord(fd, text2, options);
  } finally {
    closeQuietly(fd);
  }
}
function writeAll(fd, bytes) {
  for (let done = 0; done < bytes.length; ) done += fs2.writeSync(fd, bytes, done, bytes.length - done);
}
function closeQuietly(fd) {
  try {
    fs2.closeSync(fd);
  } catch {
  }
}
function syncDirectory(dir) {
  let fd;
  try {
    fd = fs2.openSync(dir, "r");
    fs2.fsyncSync(fd);
  } catch {
  } finally {
    if (fd !== void 0) closeQuietly(fd);
  }
}
var REASONS;
var init_write_file = __esm({
  "src/output/write-file.ts"() {
    "use strict";
    init_errors();
    init_mask();
    REASONS = {
      ENOSPC: "no space left on the device",
      EDQUOT: "disk quota exceeded",
      EROFS: "read-only file system"
    };
  }
});

// src/findings/order.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a, b) {
  return compareText(repositoryOf(a) ?? "", repositoryOf(b) ?? "") || compareText(a.path, b.path) || a.span.start.line - b.span.start.line || a.span.start.column - b.span.start.column || compareText(a.ruleId, b.ruleId);
}
function repositoryOf(finding) {
  return "repository" in finding.origin ? finding.origin.repository : void 0;
}
function compareActiveFirst(a, b) {
  return activeRank(a) - activeRank(b) || compareFindings(a, b);
}
function activeRank(finding) {
  return finding.verification?.state === "active" ? 0 : 1;
}
var init_order = __esm({
  "src/findings/order.ts"() {
    "use strict";
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = Symbol.for("yaml.alias");
    var DOC = Symbol.for("yaml.document");
    var MAP = Symbol.for("yaml.map");
    var PAIR = Symbol.for("yaml.pair");
    var SCALAR = Symbol.for("yaml.scalar");
    var SEQ = Symbol.for("yaml.seq");
    var NODE_TYPE = Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = Symbol("break visit");
    var SKIP = Symbol("skip children");
    var REMOVE = Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path19) {
      const ctrl = callVisitor(key, node, visitor, path19);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path19, ctrl);
        return visit_(key, ctrl, visitor, path19);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path19 = Object.freeze(path19.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path19);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path19 = Object.freeze(path19.concat(node));
          const ck = visit_("key", node.key, visitor, path19);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path19);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path19) {
      const ctrl = await callVisitor(key, node, visitor, path19);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path19, ctrl);
        return visitAsync_(key, ctrl, visitor, path19);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path19 = Object.freeze(path19.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path19);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path19 = Object.freeze(path19.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path19);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path19);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path19) {
      if (typeof visitor === "function")
        return visitor(key, node, path19);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path19);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path19);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path19);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path19);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path19);
      return void 0;
    }
    function replaceNode(key, path19, node) {
      const parent = path19[path19.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix2] = parts;
            this.tags[handle] = prefix2;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix2 = this.tags[handle];
        if (prefix2) {
          try {
            return prefix2 + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix2] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix2))
            return handle + escapeTagName(tag.substring(prefix2.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix2] of tagEntries) {
          if (handle === "!!" && prefix2 === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix2)))
            lines.push(`%TAG ${handle} ${prefix2}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix2, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix2}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix2) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix2, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found2 = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found2 = node;
        }
        if (found2 && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found2);
          if (!data) {
            toJS.toJS(found2, null, ctx);
            data = anchors2.get(found2);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found2, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found2;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path19, value) {
      let v = value;
      for (let i = path19.length - 1; i >= 0; --i) {
        const k = path19[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path19) => path19 == null || typeof path19 === "object" && !!path19[Symbol.iterator]().next().done;
    var Collection2 = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path19, value) {
        if (isEmptyPath(path19))
          this.add(value);
        else {
          const [key, ...rest] = path19;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path19) {
        const [key, ...rest] = path19;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path19, keepScalar) {
        const [key, ...rest] = path19;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path19) {
        const [key, ...rest] = path19;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path19, value) {
        const [key, ...rest] = path19;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection2;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment2, indent) {
      if (/^\n+$/.test(comment2))
        return comment2.substring(1);
      return indent ? comment2.replace(/^(?! *$)/gm, indent) : comment2;
    }
    var lineComment = (str, indent, comment2) => str.endsWith("\n") ? indentComment(comment2, indent) : comment2.includes("\n") ? "\n" + indentComment(comment2, indent) : (str.endsWith(" ") ? "" : " ") + comment2;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment2) {
        header += " " + commentString(comment2.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment: comment2, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment3 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment3 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment3 = null, () => chompKeep = true);
        if (comment3)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment3));
        if (chompKeep && comment3)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment2) {
        str += "\n" + stringifyComment.indentComment(commentString(comment2), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment2 = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment2 = ik.comment;
          }
        }
        if (comment2)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment2 = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment2)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment2));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment2, chompKeep) {
      if (comment2 && chompKeep)
        comment2 = comment2.replace(/^\n+/, "");
      if (comment2) {
        const ic = stringifyComment.indentComment(commentString(comment2), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection2 = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection2.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        if (identity.isPair(pair2))
          _pair = pair2;
        else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
          _pair = new Pair.Pair(pair2, pair2?.value);
        } else
          _pair = new Pair.Pair(pair2.key, pair2.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection2 = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection2.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix2 + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError2 = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError2);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment: comment2, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair2 = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair2.value ?? pair2.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair2;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair2 of this.items) {
          let key, value;
          if (identity.isPair(pair2)) {
            key = toJS.toJS(pair2.key, "", ctx);
            value = toJS.toJS(pair2.value, key, ctx);
          } else {
            key = toJS.toJS(pair2, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix2 + str.substr(1) : prefix2 + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair2;
        if (identity.isPair(key))
          pair2 = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair2 = new Pair.Pair(key.key, null);
        else
          pair2 = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair2.key);
        if (!prev)
          this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair2 = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair2) ? identity.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match2 = str.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection2 = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path19, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path19, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path19) {
        if (Collection2.isEmptyPath(path19)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path19) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path19, keepScalar) {
        if (Collection2.isEmptyPath(path19))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path19, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path19) {
        if (Collection2.isEmptyPath(path19))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path19) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection2.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path19, value) {
        if (Collection2.isEmptyPath(path19)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection2.collectionFromPath(this.schema, Array.from(path19), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path19, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment2 = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma2 = null;
      let found2 = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment2)
              comment2 = cb;
            else
              comment2 += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment2)
                comment2 += token.source;
              else if (!found2 || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found2)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found2 = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma2)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma2 = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma: comma2,
        found: found2,
        spaceBefore,
        comment: comment2,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair2) => isEqual(pair2.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep6, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep6?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep6) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep6 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep6, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment2 = "";
      if (end) {
        let hasSpace = false;
        let sep6 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment2)
                comment2 = cb;
              else
                comment2 += sep6 + cb;
              sep6 = "";
              break;
            }
            case "newline":
              if (comment2)
                sep6 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment: comment2, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep6, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep6?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep6 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep6 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep6, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep6 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep6)
                for (const st of sep6) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep6, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair2);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair2);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep6 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep6 + indent.slice(trimIndent) + content;
          sep6 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep6 === " ")
            sep6 = "\n";
          else if (!prevMoreIndented && sep6 === "\n")
            sep6 = "\n\n";
          value += sep6 + indent.slice(trimIndent) + content;
          sep6 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep6 === "\n")
            value += "\n";
          else
            sep6 = "\n";
        } else {
          value += sep6 + content;
          sep6 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment2 = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment2 = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment: comment2, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd, "");
      let sep6 = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep6 === "\n")
            res += sep6;
          else
            sep6 = "\n";
        } else {
          res += sep6 + lm;
          sep6 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep6 + (match2?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment: comment2, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment2)
        scalar.comment = comment2;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment: comment2, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment2;
        else
          node.commentBefore = comment2;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment: comment2, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        node.comment = comment2;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment2 = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment2 += (comment2 === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment: comment2, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment: comment2, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment2) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment2}` : comment2;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment2;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep6, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep6)
        for (const st of sep6)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = Symbol("break visit");
    var SKIP = Symbol("skip children");
    var REMOVE = Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path19) => {
      let item = cst;
      for (const [field2, index] of path19) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path19) => {
      const parent = visit.itemAtPath(cst, path19.slice(0, -1));
      const field2 = path19[path19.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path19, item, visitor) {
      let ctrl = visitor(item, path19);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path19.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path19);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path19) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter3 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter3;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep6;
          if (scalar.end) {
            sep6 = scalar.end;
            sep6.push(this.sourceToken);
            delete scalar.end;
          } else
            sep6 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep6 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep6 = it.sep;
                  sep6.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep6 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs20 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs20, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs20);
              } else {
                Object.assign(it, { key: fs20, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs20 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs20, sep: [] });
              else if (it.sep)
                this.stack.push(fs20);
              else
                Object.assign(it, { key: fs20, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep6 = fc.end.splice(1, fc.end.length);
            sep6.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep6 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse4(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse4;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser2.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/verify/cache.ts
import { createHash as createHash2 } from "node:crypto";
import * as fs11 from "node:fs";
import * as os from "node:os";
import * as path10 from "node:path";
function defaultCacheDir(env = process.env) {
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg !== void 0 && path10.isAbsolute(xdg) ? xdg : path10.join(os.homedir(), ".cache");
  return path10.join(base, "monime-guard");
}
function cacheKey(endpoint2, token) {
  return createHash2("sha256").update(`${KEY_DOMAIN}\0${endpoint2}\0${token}`).digest("hex");
}
function readCache(dir, ttlMs, now) {
  const entries = /* @__PURE__ */ new Map();
  let text2;
  try {
    text2 = fs11.readFileSync(path10.join(dir, CACHE_FILE), "utf8");
  } catch {
    return { entries, stale: false };
  }
  let parsed;
  try {
    parsed = JSON.parse(text2);
  } catch {
    return { entries, stale: true };
  }
  if (!isRecord(parsed) || parsed.version !== CACHE_VERSION || !isRecord(parsed.entries)) return { entries, stale: true };
  let stale = false;
  for (const [key, value] of Object.entries(parsed.entries)) {
    const entry = /^[0-9a-f]{64}$/.test(key) ? validEntry(value) : void 0;
    if (entry !== void 0 && isFresh(entry, ttlMs, now)) entries.set(key, entry);
    else stale = true;
  }
  return { entries, stale };
}
function writeCache(dir, ttlMs, now, added) {
  const { entries } = readCache(dir, ttlMs, now);
  for (const [key, value] of added) entries.set(key, value);
  const file = { version: CACHE_VERSION, entries: Object.fromEntries(entries) };
  const target = path10.join(dir, CACHE_FILE);
  try {
    const created = fs11.mkdirSync(dir, { recursive: true, mode: 448 });
    if (created !== void 0) fs11.chmodSync(dir, 448);
    writeFileWhole(target, `${JSON.stringify(file, null, 2)}
`, { name: target, mode: 384 });
  } catch {
  }
}
function validEntry(value) {
  if (!isRecord(value)) return void 0;
  const { state, environment, detail, checkedAt } = value;
  if (state !== "active" && state !== "inactive") return void 0;
  if (typeof checkedAt !== "string" || Number.isNaN(Date.parse(checkedAt))) return void 0;
  if (environment !== void 0 && environment !== "live" && environment !== "test") return void 0;
  if (detail !== void 0 && typeof detail !== "string") return void 0;
  return {
    state,
    ...environment !== void 0 && { environment },
    ...detail !== void 0 && { detail },
    checkedAt
  };
}
function isFresh(entry, ttlMs, now) {
  const age = now - Date.parse(entry.checkedAt);
  return age >= 0 && age < ttlMs;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var CACHE_FILE, CACHE_VERSION, KEY_DOMAIN;
var init_cache = __esm({
  "src/verify/cache.ts"() {
    "use strict";
    init_write_file();
    CACHE_FILE = "verify-cache.json";
    CACHE_VERSION = 1;
    KEY_DOMAIN = "monime-guard verify cache v1";
  }
});

// src/verify/endpoint.ts
import * as dns from "node:dns";
import * as net from "node:net";
function verifyEndpoint(env = process.env) {
  const value = env[VERIFY_URL_VARIABLE];
  if (value === void 0 || value === "") return MONIME_API_URL;
  const endpoint2 = loopbackEndpoint(value);
  if (endpoint2 === void 0) {
    throw new InputError(
      `${VERIFY_URL_VARIABLE} must be an http or https URL on a loopback host (127.0.0.0/8, [::1], localhost); tokens are sent only to ${MONIME_API_URL} otherwise`
    );
  }
  return endpoint2;
}
function requestUrl(endpoint2) {
  const normalized = endpoint2.replace(/\/+$/, "") === MONIME_API_URL ? MONIME_API_URL : loopbackEndpoint(endpoint2);
  if (normalized === void 0) throw new InputError(`the verification endpoint must be ${MONIME_API_URL} or a loopback URL (see ${VERIFY_URL_VARIABLE})`);
  return new URL(`${normalized}/`);
}
function loopbackEndpoint(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return void 0;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return void 0;
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "") return void 0;
  if (!isLoopbackHost(url.hostname)) return void 0;
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}
function isLoopbackHost(hostname) {
  if (hostname === "localhost") return true;
  const bare = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  return isLoopbackAddress(bare);
}
function isLoopbackAddress(address) {
  if (net.isIPv4(address)) return address.startsWith("127.");
  if (net.isIPv6(address)) return address === "::1" || address === "0:0:0:0:0:0:0:1";
  return false;
}
var MONIME_API_URL, VERIFY_URL_VARIABLE, loopbackLookup;
var init_endpoint = __esm({
  "src/verify/endpoint.ts"() {
    "use strict";
    init_errors();
    MONIME_API_URL = "https://api.monime.io";
    VERIFY_URL_VARIABLE = "MONIME_GUARD_VERIFY_URL";
    loopbackLookup = (hostname, options, callback) => {
      dns.lookup(hostname, { family: options.family, hints: options.hints, all: true }, (error, addresses) => {
        if (error) {
          callback(error, "", 4);
          return;
        }
        const loopback = addresses.filter((entry) => isLoopbackAddress(entry.address));
        const first = loopback[0];
        if (first === void 0) {
          callback(Object.assign(new Error(`${hostname} does not resolve to a loopback address`), { code: "ENOTLOOPBACK" }), "", 4);
          return;
        }
        if (options.all) callback(null, loopback);
        else callback(null, first.address, first.family);
      });
    };
  }
});

// src/verify/request.ts
import * as http from "node:http";
import * as https from "node:https";
function requestVerification(token, settings) {
  const { url, userAgent: userAgent2, timeoutMs, agent } = settings;
  return new Promise((resolve11) => {
    let settled = false;
    const settle = (outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve11(outcome);
    };
    const unknown = (reason, detail) => settle({ kind: "answer", verification: { state: "unknown", reason, detail } });
    const options = {
      method: "GET",
      agent,
      headers: { Authorization: `Bearer ${token}`, "User-Agent": userAgent2, Accept: "application/json" },
      ...url.protocol === "https:" && { rejectUnauthorized: true, minVersion: "TLSv1.2" },
      ...url.hostname === "localhost" && { lookup: loopbackLookup }
    };
    const request2 = (url.protocol === "https:" ? https : http).request(url, options, (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        response.resume();
        unknown("redirect", `HTTP ${status}: a redirect, not followed`);
        request2.destroy();
        return;
      }
      if (status === 429) {
        response.resume();
        settle({ kind: "rate-limited", retryAfterMs: parseRetryAfter(response.headers["retry-after"], Date.now()) });
        return;
      }
      if (status === 401) {
        response.resume();
        settle({ kind: "answer", verification: { state: "inactive", detail: "not authenticated (HTTP 401)" } });
        return;
      }
      if (status !== 200) {
        response.resume();
        unknown("unexpected-answer", `HTTP ${status}`);
        return;
      }
      const chunks = [];
      let size = 0;
      response.on("data", (chunk) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          unknown("unexpected-answer", `HTTP 200 with an answer over ${MAX_BODY_BYTES} bytes`);
          request2.destroy();
          return;
        }
        chunks.push(chunk);
      });
      response.on("end", () => settle({ kind: "answer", verification: readRootAnswer(Buffer.concat(chunks).toString("utf8")) }));
      response.on("error", (error) => unknown("network", `the connection failed during the answer (${errorCode(error) ?? "error"})`));
      response.on("close", () => {
        if (!response.complete) unknown("network", "the connection closed during the answer");
      });
    });
    request2.on("error", (error) => unknown("network", `the connection failed (${errorCode(error) ?? "error"})`));
    const timer = setTimeout(() => {
      unknown("timeout", `no answer within ${timeoutMs} ms`);
      request2.destroy();
    }, timeoutMs);
    request2.end();
  });
}
function readRootAnswer(body) {
  const unexpected = { state: "unknown", reason: "unexpected-answer", detail: "HTTP 200 with a body that is not the API root answer" };
  let parsed;
  try {
    parsed = JSON.parse(body);
  } catch {
    return unexpected;
  }
  const status = typeof parsed === "object" && parsed !== null ? parsed.status : void 0;
  if (typeof status !== "object" || status === null) return unexpected;
  const { isAuthenticated, environment } = status;
  if (typeof isAuthenticated !== "boolean") return unexpected;
  if (environment !== void 0 && environment !== null && environment !== "live" && environment !== "test") return unexpected;
  if (!isAuthenticated) return { state: "inactive", detail: "not authenticated" };
  return environment === "live" || environment === "test" ? { state: "active", environment, detail: `authenticated (${environment})` } : { state: "active", detail: "authenticated; the API reported no environment" };
}
function parseRetryAfter(value, now) {
  const text2 = (Array.isArray(value) ? value[0] : value)?.trim();
  if (text2 === void 0 || text2 === "") return void 0;
  if (/^\d+$/.test(text2)) return Number(text2) * 1e3;
  const date = /[A-Za-z]/.test(text2) ? Date.parse(text2) : Number.NaN;
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
var MAX_BODY_BYTES;
var init_request = __esm({
  "src/verify/request.ts"() {
    "use strict";
    init_errors();
    init_endpoint();
    MAX_BODY_BYTES = 64 * 1024;
  }
});

// src/verify/types.ts
var MAX_RETRY_WAIT_MS;
var init_types = __esm({
  "src/verify/types.ts"() {
    "use strict";
    MAX_RETRY_WAIT_MS = 3e4;
  }
});

// src/verify/verify-tokens.ts
import * as http2 from "node:http";
import * as https2 from "node:https";
import { setTimeout as sleep } from "node:timers/promises";
async function verifyTokens(tokens, options) {
  const url = requestUrl(options.endpoint);
  const settings = readSettings(options);
  for (const token of tokens.values()) {
    if (!TOKEN.test(token)) throw new InputError("verifyTokens: a value is not a Monime token (mon_\u2026 or mon_test_\u2026); nothing was sent");
  }
  const distinct = [...new Set(tokens.values())];
  const now = options.now ?? Date.now;
  const cache2 = options.cache === void 0 ? { dir: defaultCacheDir(), ttlMs: DEFAULT_CACHE_TTL_MS } : options.cache;
  const endpoint2 = url.href;
  const answers = /* @__PURE__ */ new Map();
  const loaded = cache2 ? readCache(cache2.dir, cache2.ttlMs, now()) : void 0;
  const toAsk = [];
  for (const token of distinct) {
    const hit = loaded?.entries.get(cacheKey(endpoint2, token));
    if (hit) answers.set(token, { ...hit, cached: true });
    else toAsk.push(token);
  }
  if (toAsk.length > 0) {
    const agent = new (url.protocol === "https:" ? https2.Agent : http2.Agent)({ keepAlive: true, maxSockets: settings.concurrency });
    try {
      const request2 = { url, userAgent: options.userAgent, timeoutMs: settings.timeoutMs, agent };
      const limiter = createRateLimiter(settings.ratePerSecond);
      const queue = toAsk.values();
      const worker = async () => {
        for (let next = queue.next(); !next.done; next = queue.next()) {
          const token = next.value;
          answers.set(token, { ...await askWithRetries(token, request2, limiter, settings.maxRetries), checkedAt: new Date(now()).toISOString() });
        }
      };
      await Promise.all(Array.from({ length: Math.min(settings.concurrency, toAsk.length) }, worker));
    } finally {
      agent.destroy();
    }
  }
  if (cache2 && loaded) {
    const added = /* @__PURE__ */ new Map();
    for (const token of toAsk) {
      const answer = answers.get(token);
      if (answer && answer.state !== "unknown") added.set(cacheKey(endpoint2, token), answer);
    }
    if (added.size > 0 || loaded.stale) writeCache(cache2.dir, cache2.ttlMs, now(), added);
  }
  const result = /* @__PURE__ */ new Map();
  for (const [key, token] of tokens) result.set(key, { ...answers.get(token) });
  return result;
}
async function askWithRetries(token, request2, limiter, maxRetries) {
  let waited = 0;
  for (let attempt = 0; ; attempt++) {
    await limiter();
    const outcome = await requestVerification(token, request2);
    if (outcome.kind === "answer") return withPrefixCheck(token, outcome.verification);
    const wait = outcome.retryAfterMs ?? DEFAULT_RETRY_WAIT_MS;
    if (attempt >= maxRetries) {
      return { state: "unknown", reason: "rate-limit", detail: `still rate limited (HTTP 429) after ${maxRetries} ${maxRetries === 1 ? "retry" : "retries"}` };
    }
    if (waited + wait > MAX_RETRY_WAIT_MS) {
      return { state: "unknown", reason: "rate-limit", detail: `rate limited (HTTP 429); the wait asked for passes the ${MAX_RETRY_WAIT_MS / 1e3} s bound` };
    }
    waited += wait;
    await sleep(wait);
  }
}
function withPrefixCheck(token, verification) {
  if (verification.state !== "active" || verification.environment === void 0) return verification;
  const prefix2 = token.startsWith("mon_test_") ? "test" : "live";
  if (prefix2 === verification.environment) return verification;
  return { ...verification, detail: `authenticated (${verification.environment}), although its prefix says ${prefix2}` };
}
function createRateLimiter(ratePerSecond) {
  const interval = 1e3 / ratePerSecond;
  let next = 0;
  return async () => {
    const now = performance.now();
    const at = Math.max(now, next);
    next = at + interval;
    if (at > now) await sleep(at - now);
  };
}
function readSettings(options) {
  const concurrency = options.concurrency ?? MAX_CONCURRENCY;
  const ratePerSecond = options.ratePerSecond ?? MAX_RATE_PER_SECOND;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new InputError(`verifyTokens: concurrency must be a whole number of at least 1 (got ${concurrency})`);
  if (!(ratePerSecond > 0) || !Number.isFinite(ratePerSecond))
    throw new InputError(`verifyTokens: ratePerSecond must be a positive number (got ${ratePerSecond})`);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1)
    throw new InputError(`verifyTokens: timeoutMs must be a whole number of milliseconds, at least 1 (got ${timeoutMs})`);
  if (!Number.isInteger(maxRetries) || maxRetries < 0) throw new InputError(`verifyTokens: maxRetries must be a whole number, at least 0 (got ${maxRetries})`);
  if (options.cache && (!(options.cache.ttlMs >= 0) || typeof options.cache.dir !== "string" || options.cache.dir === "")) {
    throw new InputError("verifyTokens: cache needs a directory and a ttlMs of at least 0");
  }
  return { concurrency: Math.min(concurrency, MAX_CONCURRENCY), ratePerSecond: Math.min(ratePerSecond, MAX_RATE_PER_SECOND), timeoutMs, maxRetries };
}
var MAX_CONCURRENCY, MAX_RATE_PER_SECOND, DEFAULT_TIMEOUT_MS, DEFAULT_MAX_RETRIES, DEFAULT_CACHE_TTL_MS, DEFAULT_RETRY_WAIT_MS, TOKEN;
var init_verify_tokens = __esm({
  "src/verify/verify-tokens.ts"() {
    "use strict";
    init_errors();
    init_cache();
    init_endpoint();
    init_request();
    init_types();
    MAX_CONCURRENCY = 4;
    MAX_RATE_PER_SECOND = 10;
    DEFAULT_TIMEOUT_MS = 1e4;
    DEFAULT_MAX_RETRIES = 2;
    DEFAULT_CACHE_TTL_MS = 60 * 60 * 1e3;
    DEFAULT_RETRY_WAIT_MS = 1e3;
    TOKEN = /^mon_(?:test_)?[A-Za-z0-9]+$/;
  }
});

// src/verify/index.ts
var verify_exports = {};
__export(verify_exports, {
  DEFAULT_CACHE_TTL_MS: () => DEFAULT_CACHE_TTL_MS,
  DEFAULT_MAX_RETRIES: () => DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS: () => DEFAULT_TIMEOUT_MS,
  MAX_CONCURRENCY: () => MAX_CONCURRENCY,
  MAX_RATE_PER_SECOND: () => MAX_RATE_PER_SECOND,
  MAX_RETRY_WAIT_MS: () => MAX_RETRY_WAIT_MS,
  MONIME_API_URL: () => MONIME_API_URL,
  VERIFY_URL_VARIABLE: () => VERIFY_URL_VARIABLE,
  defaultCacheDir: () => defaultCacheDir,
  verifyEndpoint: () => verifyEndpoint,
  verifyTokens: () => verifyTokens
});
var init_verify = __esm({
  "src/verify/index.ts"() {
    "use strict";
    init_verify_tokens();
    init_endpoint();
    init_cache();
    init_types();
  }
});

// src/version.ts
import * as fs13 from "node:fs";
function packageVersion() {
  for (const relative5 of ["../package.json", "../../package.json", "../../../package.json"]) {
    try {
      const manifest = JSON.parse(fs13.readFileSync(new URL(relative5, import.meta.url), "utf8"));
      if (manifest.name === "monime-guard" && manifest.version) return manifest.version;
    } catch {
    }
  }
  return "0.0.0";
}
var init_version = __esm({
  "src/version.ts"() {
    "use strict";
  }
});

// src/scan/verify-findings.ts
var verify_findings_exports = {};
__export(verify_findings_exports, {
  verifyResult: () => verifyResult
});
async function verifyResult(result, secrets, settings = {}) {
  const endpoint2 = verifyEndpoint();
  const tokens = /* @__PURE__ */ new Map();
  for (const finding of result.findings) {
    const token = secrets.get(finding.fingerprint);
    if (token) tokens.set(finding.fingerprint, token);
  }
  if (tokens.size === 0) return;
  const answers = await verifyTokens(tokens, {
    endpoint: endpoint2,
    userAgent: `monime-guard/${packageVersion()}`,
    ...settings.concurrency !== void 0 ? { concurrency: settings.concurrency } : {},
    ...settings.timeoutMs !== void 0 ? { timeoutMs: settings.timeoutMs } : {},
    cache: settings.cache === false ? false : { dir: defaultCacheDir(), ttlMs: settings.cacheTtlMs ?? 60 * 60 * 1e3 }
  });
  for (const finding of result.findings) {
    const answer = answers.get(finding.fingerprint);
    if (answer) finding.verification = answer;
  }
  result.findings.sort(compareActiveFirst);
}
var init_verify_findings = __esm({
  "src/scan/verify-findings.ts"() {
    "use strict";
    init_order();
    init_version();
    init_verify();
  }
});

// node_modules/universalify/index.js
var require_universalify = __commonJS({
  "node_modules/universalify/index.js"(exports) {
    "use strict";
    exports.fromCallback = function(fn) {
      return Object.defineProperty(function(...args) {
        if (typeof args[args.length - 1] === "function") fn.apply(this, args);
        else {
          return new Promise((resolve11, reject) => {
            args.push((err, res) => err != null ? reject(err) : resolve11(res));
            fn.apply(this, args);
          });
        }
      }, "name", { value: fn.name });
    };
    exports.fromPromise = function(fn) {
      return Object.defineProperty(function(...args) {
        const cb = args[args.length - 1];
        if (typeof cb !== "function") return fn.apply(this, args);
        else {
          args.pop();
          fn.apply(this, args).then((r) => cb(null, r), cb);
        }
      }, "name", { value: fn.name });
    };
  }
});

// node_modules/graceful-fs/polyfills.js
var require_polyfills = __commonJS({
  "node_modules/graceful-fs/polyfills.js"(exports, module) {
    var constants3 = __require("constants");
    var origCwd = process.cwd;
    var cwd = null;
    var platform = process.env.GRACEFUL_FS_PLATFORM || process.platform;
    process.cwd = function() {
      if (!cwd)
        cwd = origCwd.call(process);
      return cwd;
    };
    try {
      process.cwd();
    } catch (er) {
    }
    if (typeof process.chdir === "function") {
      chdir = process.chdir;
      process.chdir = function(d) {
        cwd = null;
        chdir.call(process, d);
      };
      if (Object.setPrototypeOf) Object.setPrototypeOf(process.chdir, chdir);
    }
    var chdir;
    module.exports = patch;
    function patch(fs20) {
      if (constants3.hasOwnProperty("O_SYMLINK") && process.version.match(/^v0\.6\.[0-2]|^v0\.5\./)) {
        patchLchmod(fs20);
      }
      if (!fs20.lutimes) {
        patchLutimes(fs20);
      }
      fs20.chown = chownFix(fs20.chown);
      fs20.fchown = chownFix(fs20.fchown);
      fs20.lchown = chownFix(fs20.lchown);
      fs20.chmod = chmodFix(fs20.chmod);
      fs20.fchmod = chmodFix(fs20.fchmod);
      fs20.lchmod = chmodFix(fs20.lchmod);
      fs20.chownSync = chownFixSync(fs20.chownSync);
      fs20.fchownSync = chownFixSync(fs20.fchownSync);
      fs20.lchownSync = chownFixSync(fs20.lchownSync);
      fs20.chmodSync = chmodFixSync(fs20.chmodSync);
      fs20.fchmodSync = chmodFixSync(fs20.fchmodSync);
      fs20.lchmodSync = chmodFixSync(fs20.lchmodSync);
      fs20.stat = statFix(fs20.stat);
      fs20.fstat = statFix(fs20.fstat);
      fs20.lstat = statFix(fs20.lstat);
      fs20.statSync = statFixSync(fs20.statSync);
      fs20.fstatSync = statFixSync(fs20.fstatSync);
      fs20.lstatSync = statFixSync(fs20.lstatSync);
      if (fs20.chmod && !fs20.lchmod) {
        fs20.lchmod = function(path19, mode, cb) {
          if (cb) process.nextTick(cb);
        };
        fs20.lchmodSync = function() {
        };
      }
      if (fs20.chown && !fs20.lchown) {
        fs20.lchown = function(path19, uid, gid, cb) {
          if (cb) process.nextTick(cb);
        };
        fs20.lchownSync = function() {
        };
      }
      if (platform === "win32") {
        fs20.rename = typeof fs20.rename !== "function" ? fs20.rename : (function(fs$rename) {
          function rename(from, to, cb) {
            var start = Date.now();
            var backoff = 0;
            fs$rename(from, to, function CB(er) {
              if (er && (er.code === "EACCES" || er.code === "EPERM" || er.code === "EBUSY") && Date.now() - start < 6e4) {
                setTimeout(function() {
                  fs20.stat(to, function(stater, st) {
                    if (stater && stater.code === "ENOENT")
                      fs$rename(from, to, CB);
                    else
                      cb(er);
                  });
                }, backoff);
                if (backoff < 100)
                  backoff += 10;
                return;
              }
              if (cb) cb(er);
            });
          }
          if (Object.setPrototypeOf) Object.setPrototypeOf(rename, fs$rename);
          return rename;
        })(fs20.rename);
      }
      fs20.read = typeof fs20.read !== "function" ? fs20.read : (function(fs$read) {
        function read(fd, buffer, offset, length, position, callback_) {
          var callback;
          if (callback_ && typeof callback_ === "function") {
            var eagCounter = 0;
            callback = function(er, _, __) {
              if (er && er.code === "EAGAIN" && eagCounter < 10) {
                eagCounter++;
                return fs$read.call(fs20, fd, buffer, offset, length, position, callback);
              }
              callback_.apply(this, arguments);
            };
          }
          return fs$read.call(fs20, fd, buffer, offset, length, position, callback);
        }
        if (Object.setPrototypeOf) Object.setPrototypeOf(read, fs$read);
        return read;
      })(fs20.read);
      fs20.readSync = typeof fs20.readSync !== "function" ? fs20.readSync : /* @__PURE__ */ (function(fs$readSync) {
        return function(fd, buffer, offset, length, position) {
          var eagCounter = 0;
          while (true) {
            try {
              return fs$readSync.call(fs20, fd, buffer, offset, length, position);
            } catch (er) {
              if (er.code === "EAGAIN" && eagCounter < 10) {
                eagCounter++;
                continue;
              }
              throw er;
            }
          }
        };
      })(fs20.readSync);
      function patchLchmod(fs21) {
        fs21.lchmod = function(path19, mode, callback) {
          fs21.open(
            path19,
            constants3.O_WRONLY | constants3.O_SYMLINK,
            mode,
            function(err, fd) {
              if (err) {
                if (callback) callback(err);
                return;
              }
              fs21.fchmod(fd, mode, function(err2) {
                fs21.close(fd, function(err22) {
                  if (callback) callback(err2 || err22);
                });
              });
            }
          );
        };
        fs21.lchmodSync = function(path19, mode) {
          var fd = fs21.openSync(path19, constants3.O_WRONLY | constants3.O_SYMLINK, mode);
          var threw = true;
          var ret;
          try {
            ret = fs21.fchmodSync(fd, mode);
            threw = false;
          } finally {
            if (threw) {
              try {
                fs21.closeSync(fd);
              } catch (er) {
              }
            } else {
              fs21.closeSync(fd);
            }
          }
          return ret;
        };
      }
      function patchLutimes(fs21) {
        if (constants3.hasOwnProperty("O_SYMLINK") && fs21.futimes) {
          fs21.lutimes = function(path19, at, mt, cb) {
            fs21.open(path19, constants3.O_SYMLINK, function(er, fd) {
              if (er) {
                if (cb) cb(er);
                return;
              }
              fs21.futimes(fd, at, mt, function(er2) {
                fs21.close(fd, function(er22) {
                  if (cb) cb(er2 || er22);
                });
              });
            });
          };
          fs21.lutimesSync = function(path19, at, mt) {
            var fd = fs21.openSync(path19, constants3.O_SYMLINK);
            var ret;
            var threw = true;
            try {
              ret = fs21.futimesSync(fd, at, mt);
              threw = false;
            } finally {
              if (threw) {
                try {
                  fs21.closeSync(fd);
                } catch (er) {
                }
              } else {
                fs21.closeSync(fd);
              }
            }
            return ret;
          };
        } else if (fs21.futimes) {
          fs21.lutimes = function(_a, _b, _c, cb) {
            if (cb) process.nextTick(cb);
          };
          fs21.lutimesSync = function() {
          };
        }
      }
      function chmodFix(orig) {
        if (!orig) return orig;
        return function(target, mode, cb) {
          return orig.call(fs20, target, mode, function(er) {
            if (chownErOk(er)) er = null;
            if (cb) cb.apply(this, arguments);
          });
        };
      }
      function chmodFixSync(orig) {
        if (!orig) return orig;
        return function(target, mode) {
          try {
            return orig.call(fs20, target, mode);
          } catch (er) {
            if (!chownErOk(er)) throw er;
          }
        };
      }
      function chownFix(orig) {
        if (!orig) return orig;
        return function(target, uid, gid, cb) {
          return orig.call(fs20, target, uid, gid, function(er) {
            if (chownErOk(er)) er = null;
            if (cb) cb.apply(this, arguments);
          });
        };
      }
      function chownFixSync(orig) {
        if (!orig) return orig;
        return function(target, uid, gid) {
          try {
            return orig.call(fs20, target, uid, gid);
          } catch (er) {
            if (!chownErOk(er)) throw er;
          }
        };
      }
      function statFix(orig) {
        if (!orig) return orig;
        return function(target, options, cb) {
          if (typeof options === "function") {
            cb = options;
            options = null;
          }
          function callback(er, stats) {
            if (stats) {
              if (stats.uid < 0) stats.uid += 4294967296;
              if (stats.gid < 0) stats.gid += 4294967296;
            }
            if (cb) cb.apply(this, arguments);
          }
          return options ? orig.call(fs20, target, options, callback) : orig.call(fs20, target, callback);
        };
      }
      function statFixSync(orig) {
        if (!orig) return orig;
        return function(target, options) {
          var stats = options ? orig.call(fs20, target, options) : orig.call(fs20, target);
          if (stats) {
            if (stats.uid < 0) stats.uid += 4294967296;
            if (stats.gid < 0) stats.gid += 4294967296;
          }
          return stats;
        };
      }
      function chownErOk(er) {
        if (!er)
          return true;
        if (er.code === "ENOSYS")
          return true;
        var nonroot = !process.getuid || process.getuid() !== 0;
        if (nonroot) {
          if (er.code === "EINVAL" || er.code === "EPERM")
            return true;
        }
        return false;
      }
    }
  }
});

// node_modules/graceful-fs/legacy-streams.js
var require_legacy_streams = __commonJS({
  "node_modules/graceful-fs/legacy-streams.js"(exports, module) {
    var Stream = __require("stream").Stream;
    module.exports = legacy;
    function legacy(fs20) {
      return {
        ReadStream,
        WriteStream
      };
      function ReadStream(path19, options) {
        if (!(this instanceof ReadStream)) return new ReadStream(path19, options);
        Stream.call(this);
        var self = this;
        this.path = path19;
        this.fd = null;
        this.readable = true;
        this.paused = false;
        this.flags = "r";
        this.mode = 438;
        this.bufferSize = 64 * 1024;
        options = options || {};
        var keys = Object.keys(options);
        for (var index = 0, length = keys.length; index < length; index++) {
          var key = keys[index];
          this[key] = options[key];
        }
        if (this.encoding) this.setEncoding(this.encoding);
        if (this.start !== void 0) {
          if ("number" !== typeof this.start) {
            throw TypeError("start must be a Number");
          }
          if (this.end === void 0) {
            this.end = Infinity;
          } else if ("number" !== typeof this.end) {
            throw TypeError("end must be a Number");
          }
          if (this.start > this.end) {
            throw new Error("start must be <= end");
          }
          this.pos = this.start;
        }
        if (this.fd !== null) {
          process.nextTick(function() {
            self._read();
          });
          return;
        }
        fs20.open(this.path, this.flags, this.mode, function(err, fd) {
          if (err) {
            self.emit("error", err);
            self.readable = false;
            return;
          }
          self.fd = fd;
          self.emit("open", fd);
          self._read();
        });
      }
      function WriteStream(path19, options) {
        if (!(this instanceof WriteStream)) return new WriteStream(path19, options);
        Stream.call(this);
        this.path = path19;
        this.fd = null;
        this.writable = true;
        this.flags = "w";
        this.encoding = "binary";
        this.mode = 438;
        this.bytesWritten = 0;
        options = options || {};
        var keys = Object.keys(options);
        for (var index = 0, length = keys.length; index < length; index++) {
          var key = keys[index];
          this[key] = options[key];
        }
        if (this.start !== void 0) {
          if ("number" !== typeof this.start) {
            throw TypeError("start must be a Number");
          }
          if (this.start < 0) {
            throw new Error("start must be >= zero");
          }
          this.pos = this.start;
        }
        this.busy = false;
        this._queue = [];
        if (this.fd === null) {
          this._open = fs20.open;
          this._queue.push([this._open, this.path, this.flags, this.mode, void 0]);
          this.flush();
        }
      }
    }
  }
});

// node_modules/graceful-fs/clone.js
var require_clone = __commonJS({
  "node_modules/graceful-fs/clone.js"(exports, module) {
    "use strict";
    module.exports = clone2;
    var getPrototypeOf = Object.getPrototypeOf || function(obj) {
      return obj.__proto__;
    };
    function clone2(obj) {
      if (obj === null || typeof obj !== "object")
        return obj;
      if (obj instanceof Object)
        var copy = { __proto__: getPrototypeOf(obj) };
      else
        var copy = /* @__PURE__ */ Object.create(null);
      Object.getOwnPropertyNames(obj).forEach(function(key) {
        Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(obj, key));
      });
      return copy;
    }
  }
});

// node_modules/graceful-fs/graceful-fs.js
var require_graceful_fs = __commonJS({
  "node_modules/graceful-fs/graceful-fs.js"(exports, module) {
    var fs20 = __require("fs");
    var polyfills = require_polyfills();
    var legacy = require_legacy_streams();
    var clone2 = require_clone();
    var util = __require("util");
    var gracefulQueue;
    var previousSymbol;
    if (typeof Symbol === "function" && typeof Symbol.for === "function") {
      gracefulQueue = Symbol.for("graceful-fs.queue");
      previousSymbol = Symbol.for("graceful-fs.previous");
    } else {
      gracefulQueue = "___graceful-fs.queue";
      previousSymbol = "___graceful-fs.previous";
    }
    function noop3() {
    }
    function publishQueue(context, queue2) {
      Object.defineProperty(context, gracefulQueue, {
        get: function() {
          return queue2;
        }
      });
    }
    var debug = noop3;
    if (util.debuglog)
      debug = util.debuglog("gfs4");
    else if (/\bgfs4\b/i.test(process.env.NODE_DEBUG || ""))
      debug = function() {
        var m = util.format.apply(util, arguments);
        m = "GFS4: " + m.split(/\n/).join("\nGFS4: ");
        console.error(m);
      };
    if (!fs20[gracefulQueue]) {
      queue = global[gracefulQueue] || [];
      publishQueue(fs20, queue);
      fs20.close = (function(fs$close) {
        function close(fd, cb) {
          return fs$close.call(fs20, fd, function(err) {
            if (!err) {
              resetQueue();
            }
            if (typeof cb === "function")
              cb.apply(this, arguments);
          });
        }
        Object.defineProperty(close, previousSymbol, {
          value: fs$close
        });
        return close;
      })(fs20.close);
      fs20.closeSync = (function(fs$closeSync) {
        function closeSync6(fd) {
          fs$closeSync.apply(fs20, arguments);
          resetQueue();
        }
        Object.defineProperty(closeSync6, previousSymbol, {
          value: fs$closeSync
        });
        return closeSync6;
      })(fs20.closeSync);
      if (/\bgfs4\b/i.test(process.env.NODE_DEBUG || "")) {
        process.on("exit", function() {
          debug(fs20[gracefulQueue]);
          __require("assert").equal(fs20[gracefulQueue].length, 0);
        });
      }
    }
    var queue;
    if (!global[gracefulQueue]) {
      publishQueue(global, fs20[gracefulQueue]);
    }
    module.exports = patch(clone2(fs20));
    if (process.env.TEST_GRACEFUL_FS_GLOBAL_PATCH && !fs20.__patched) {
      module.exports = patch(fs20);
      fs20.__patched = true;
    }
    function patch(fs21) {
      polyfills(fs21);
      fs21.gracefulify = patch;
      fs21.createReadStream = createReadStream;
      fs21.createWriteStream = createWriteStream;
      var fs$readFile = fs21.readFile;
      fs21.readFile = readFile;
      function readFile(path19, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$readFile(path19, options, cb);
        function go$readFile(path20, options2, cb2, startTime) {
          return fs$readFile(path20, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$readFile, [path20, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$writeFile = fs21.writeFile;
      fs21.writeFile = writeFile;
      function writeFile(path19, data, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$writeFile(path19, data, options, cb);
        function go$writeFile(path20, data2, options2, cb2, startTime) {
          return fs$writeFile(path20, data2, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$writeFile, [path20, data2, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$appendFile = fs21.appendFile;
      if (fs$appendFile)
        fs21.appendFile = appendFile;
      function appendFile(path19, data, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$appendFile(path19, data, options, cb);
        function go$appendFile(path20, data2, options2, cb2, startTime) {
          return fs$appendFile(path20, data2, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$appendFile, [path20, data2, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$copyFile = fs21.copyFile;
      if (fs$copyFile)
        fs21.copyFile = copyFile;
      function copyFile(src, dest, flags, cb) {
        if (typeof flags === "function") {
          cb = flags;
          flags = 0;
        }
        return go$copyFile(src, dest, flags, cb);
        function go$copyFile(src2, dest2, flags2, cb2, startTime) {
          return fs$copyFile(src2, dest2, flags2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$copyFile, [src2, dest2, flags2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$readdir = fs21.readdir;
      fs21.readdir = readdir;
      var noReaddirOptionVersions = /^v[0-5]\./;
      function readdir(path19, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        var go$readdir = noReaddirOptionVersions.test(process.version) ? function go$readdir2(path20, options2, cb2, startTime) {
          return fs$readdir(path20, fs$readdirCallback(
            path20,
            options2,
            cb2,
            startTime
          ));
        } : function go$readdir2(path20, options2, cb2, startTime) {
          return fs$readdir(path20, options2, fs$readdirCallback(
            path20,
            options2,
            cb2,
            startTime
          ));
        };
        return go$readdir(path19, options, cb);
        function fs$readdirCallback(path20, options2, cb2, startTime) {
          return function(err, files) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([
                go$readdir,
                [path20, options2, cb2],
                err,
                startTime || Date.now(),
                Date.now()
              ]);
            else {
              if (files && files.sort)
                files.sort();
              if (typeof cb2 === "function")
                cb2.call(this, err, files);
            }
          };
        }
      }
      if (process.version.substr(0, 4) === "v0.8") {
        var legStreams = legacy(fs21);
        ReadStream = legStreams.ReadStream;
        WriteStream = legStreams.WriteStream;
      }
      var fs$ReadStream = fs21.ReadStream;
      if (fs$ReadStream) {
        ReadStream.prototype = Object.create(fs$ReadStream.prototype);
        ReadStream.prototype.open = ReadStream$open;
      }
      var fs$WriteStream = fs21.WriteStream;
      if (fs$WriteStream) {
        WriteStream.prototype = Object.create(fs$WriteStream.prototype);
        WriteStream.prototype.open = WriteStream$open;
      }
      Object.defineProperty(fs21, "ReadStream", {
        get: function() {
          return ReadStream;
        },
        set: function(val) {
          ReadStream = val;
        },
        enumerable: true,
        configurable: true
      });
      Object.defineProperty(fs21, "WriteStream", {
        get: function() {
          return WriteStream;
        },
        set: function(val) {
          WriteStream = val;
        },
        enumerable: true,
        configurable: true
      });
      var FileReadStream = ReadStream;
      Object.defineProperty(fs21, "FileReadStream", {
        get: function() {
          return FileReadStream;
        },
        set: function(val) {
          FileReadStream = val;
        },
        enumerable: true,
        configurable: true
      });
      var FileWriteStream = WriteStream;
      Object.defineProperty(fs21, "FileWriteStream", {
        get: function() {
          return FileWriteStream;
        },
        set: function(val) {
          FileWriteStream = val;
        },
        enumerable: true,
        configurable: true
      });
      function ReadStream(path19, options) {
        if (this instanceof ReadStream)
          return fs$ReadStream.apply(this, arguments), this;
        else
          return ReadStream.apply(Object.create(ReadStream.prototype), arguments);
      }
      function ReadStream$open() {
        var that = this;
        open2(that.path, that.flags, that.mode, function(err, fd) {
          if (err) {
            if (that.autoClose)
              that.destroy();
            that.emit("error", err);
          } else {
            that.fd = fd;
            that.emit("open", fd);
            that.read();
          }
        });
      }
      function WriteStream(path19, options) {
        if (this instanceof WriteStream)
          return fs$WriteStream.apply(this, arguments), this;
        else
          return WriteStream.apply(Object.create(WriteStream.prototype), arguments);
      }
      function WriteStream$open() {
        var that = this;
        open2(that.path, that.flags, that.mode, function(err, fd) {
          if (err) {
            that.destroy();
            that.emit("error", err);
          } else {
            that.fd = fd;
            that.emit("open", fd);
          }
        });
      }
      function createReadStream(path19, options) {
        return new fs21.ReadStream(path19, options);
      }
      function createWriteStream(path19, options) {
        return new fs21.WriteStream(path19, options);
      }
      var fs$open = fs21.open;
      fs21.open = open2;
      function open2(path19, flags, mode, cb) {
        if (typeof mode === "function")
          cb = mode, mode = null;
        return go$open(path19, flags, mode, cb);
        function go$open(path20, flags2, mode2, cb2, startTime) {
          return fs$open(path20, flags2, mode2, function(err, fd) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$open, [path20, flags2, mode2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      return fs21;
    }
    function enqueue(elem) {
      debug("ENQUEUE", elem[0].name, elem[1]);
      fs20[gracefulQueue].push(elem);
      retry();
    }
    var retryTimer;
    function resetQueue() {
      var now = Date.now();
      for (var i = 0; i < fs20[gracefulQueue].length; ++i) {
        if (fs20[gracefulQueue][i].length > 2) {
          fs20[gracefulQueue][i][3] = now;
          fs20[gracefulQueue][i][4] = now;
        }
      }
      retry();
    }
    function retry() {
      clearTimeout(retryTimer);
      retryTimer = void 0;
      if (fs20[gracefulQueue].length === 0)
        return;
      var elem = fs20[gracefulQueue].shift();
      var fn = elem[0];
      var args = elem[1];
      var err = elem[2];
      var startTime = elem[3];
      var lastTime = elem[4];
      if (startTime === void 0) {
        debug("RETRY", fn.name, args);
        fn.apply(null, args);
      } else if (Date.now() - startTime >= 6e4) {
        debug("TIMEOUT", fn.name, args);
        var cb = args.pop();
        if (typeof cb === "function")
          cb.call(null, err);
      } else {
        var sinceAttempt = Date.now() - lastTime;
        var sinceStart = Math.max(lastTime - startTime, 1);
        var desiredDelay = Math.min(sinceStart * 1.2, 100);
        if (sinceAttempt >= desiredDelay) {
          debug("RETRY", fn.name, args);
          fn.apply(null, args.concat([startTime]));
        } else {
          fs20[gracefulQueue].push(elem);
        }
      }
      if (retryTimer === void 0) {
        retryTimer = setTimeout(retry, 0);
      }
    }
  }
});

// node_modules/fs-extra/lib/fs/index.js
var require_fs = __commonJS({
  "node_modules/fs-extra/lib/fs/index.js"(exports) {
    "use strict";
    var u = require_universalify().fromCallback;
    var fs20 = require_graceful_fs();
    var api = [
      "access",
      "appendFile",
      "chmod",
      "chown",
      "close",
      "copyFile",
      "cp",
      "fchmod",
      "fchown",
      "fdatasync",
      "fstat",
      "fsync",
      "ftruncate",
      "futimes",
      "glob",
      "lchmod",
      "lchown",
      "lutimes",
      "link",
      "lstat",
      "mkdir",
      "mkdtemp",
      "open",
      "opendir",
      "readdir",
      "readFile",
      "readlink",
      "realpath",
      "rename",
      "rm",
      "rmdir",
      "stat",
      "statfs",
      "symlink",
      "truncate",
      "unlink",
      "utimes",
      "writeFile"
    ].filter((key) => {
      return typeof fs20[key] === "function";
    });
    Object.assign(exports, fs20);
    api.forEach((method) => {
      exports[method] = u(fs20[method]);
    });
    exports.exists = function(filename, callback) {
      if (typeof callback === "function") {
        return fs20.exists(filename, callback);
      }
      return new Promise((resolve11) => {
        return fs20.exists(filename, resolve11);
      });
    };
    exports.read = function(fd, buffer, offset, length, position, callback) {
      if (typeof callback === "function") {
        return fs20.read(fd, buffer, offset, length, position, callback);
      }
      return new Promise((resolve11, reject) => {
        fs20.read(fd, buffer, offset, length, position, (err, bytesRead, buffer2) => {
          if (err) return reject(err);
          resolve11({ bytesRead, buffer: buffer2 });
        });
      });
    };
    exports.write = function(fd, buffer, ...args) {
      if (typeof args[args.length - 1] === "function") {
        return fs20.write(fd, buffer, ...args);
      }
      return new Promise((resolve11, reject) => {
        fs20.write(fd, buffer, ...args, (err, bytesWritten, buffer2) => {
          if (err) return reject(err);
          resolve11({ bytesWritten, buffer: buffer2 });
        });
      });
    };
    exports.readv = function(fd, buffers, ...args) {
      if (typeof args[args.length - 1] === "function") {
        return fs20.readv(fd, buffers, ...args);
      }
      return new Promise((resolve11, reject) => {
        fs20.readv(fd, buffers, ...args, (err, bytesRead, buffers2) => {
          if (err) return reject(err);
          resolve11({ bytesRead, buffers: buffers2 });
        });
      });
    };
    exports.writev = function(fd, buffers, ...args) {
      if (typeof args[args.length - 1] === "function") {
        return fs20.writev(fd, buffers, ...args);
      }
      return new Promise((resolve11, reject) => {
        fs20.writev(fd, buffers, ...args, (err, bytesWritten, buffers2) => {
          if (err) return reject(err);
          resolve11({ bytesWritten, buffers: buffers2 });
        });
      });
    };
    if (typeof fs20.realpath.native === "function") {
      exports.realpath.native = u(fs20.realpath.native);
    } else {
      process.emitWarning(
        "fs.realpath.native is not a function. Is fs being monkey-patched?",
        "Warning",
        "fs-extra-WARN0003"
      );
    }
  }
});

// node_modules/fs-extra/lib/mkdirs/utils.js
var require_utils = __commonJS({
  "node_modules/fs-extra/lib/mkdirs/utils.js"(exports, module) {
    "use strict";
    var path19 = __require("path");
    module.exports.checkPath = function checkPath(pth) {
      if (process.platform === "win32") {
        const pathHasInvalidWinCharacters = /[<>:"|?*]/.test(pth.replace(path19.parse(pth).root, ""));
        if (pathHasInvalidWinCharacters) {
          const error = new Error(`Path contains invalid characters: ${pth}`);
          error.code = "EINVAL";
          throw error;
        }
      }
    };
  }
});

// node_modules/fs-extra/lib/mkdirs/make-dir.js
var require_make_dir = __commonJS({
  "node_modules/fs-extra/lib/mkdirs/make-dir.js"(exports, module) {
    "use strict";
    var fs20 = require_fs();
    var { checkPath } = require_utils();
    var getMode = (options) => {
      const defaults2 = { mode: 511 };
      if (typeof options === "number") return options;
      return { ...defaults2, ...options }.mode;
    };
    module.exports.makeDir = async (dir, options) => {
      checkPath(dir);
      return fs20.mkdir(dir, {
        mode: getMode(options),
        recursive: true
      });
    };
    module.exports.makeDirSync = (dir, options) => {
      checkPath(dir);
      return fs20.mkdirSync(dir, {
        mode: getMode(options),
        recursive: true
      });
    };
  }
});

// node_modules/fs-extra/lib/mkdirs/index.js
var require_mkdirs = __commonJS({
  "node_modules/fs-extra/lib/mkdirs/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var { makeDir: _makeDir, makeDirSync } = require_make_dir();
    var makeDir = u(_makeDir);
    module.exports = {
      mkdirs: makeDir,
      mkdirsSync: makeDirSync,
      // alias
      mkdirp: makeDir,
      mkdirpSync: makeDirSync,
      ensureDir: makeDir,
      ensureDirSync: makeDirSync
    };
  }
});

// node_modules/fs-extra/lib/path-exists/index.js
var require_path_exists = __commonJS({
  "node_modules/fs-extra/lib/path-exists/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var fs20 = require_fs();
    function pathExists(path19) {
      return fs20.access(path19).then(() => true).catch(() => false);
    }
    module.exports = {
      pathExists: u(pathExists),
      pathExistsSync: fs20.existsSync
    };
  }
});

// node_modules/fs-extra/lib/util/utimes.js
var require_utimes = __commonJS({
  "node_modules/fs-extra/lib/util/utimes.js"(exports, module) {
    "use strict";
    var fs20 = require_fs();
    var u = require_universalify().fromPromise;
    async function utimesMillis(path19, atime, mtime) {
      const fd = await fs20.open(path19, "r+");
      let closeErr = null;
      try {
        await fs20.futimes(fd, atime, mtime);
      } finally {
        try {
          await fs20.close(fd);
        } catch (e) {
          closeErr = e;
        }
      }
      if (closeErr) {
        throw closeErr;
      }
    }
    function utimesMillisSync(path19, atime, mtime) {
      const fd = fs20.openSync(path19, "r+");
      fs20.futimesSync(fd, atime, mtime);
      return fs20.closeSync(fd);
    }
    module.exports = {
      utimesMillis: u(utimesMillis),
      utimesMillisSync
    };
  }
});

// node_modules/fs-extra/lib/util/stat.js
var require_stat = __commonJS({
  "node_modules/fs-extra/lib/util/stat.js"(exports, module) {
    "use strict";
    var fs20 = require_fs();
    var path19 = __require("path");
    var u = require_universalify().fromPromise;
    function getStats(src, dest, opts) {
      const statFunc = opts.dereference ? (file) => fs20.stat(file, { bigint: true }) : (file) => fs20.lstat(file, { bigint: true });
      return Promise.all([
        statFunc(src),
        statFunc(dest).catch((err) => {
          if (err.code === "ENOENT") return null;
          throw err;
        })
      ]).then(([srcStat, destStat]) => ({ srcStat, destStat }));
    }
    function getStatsSync(src, dest, opts) {
      let destStat;
      const statFunc = opts.dereference ? (file) => fs20.statSync(file, { bigint: true }) : (file) => fs20.lstatSync(file, { bigint: true });
      const srcStat = statFunc(src);
      try {
        destStat = statFunc(dest);
      } catch (err) {
        if (err.code === "ENOENT") return { srcStat, destStat: null };
        throw err;
      }
      return { srcStat, destStat };
    }
    async function checkPaths(src, dest, funcName, opts) {
      const { srcStat, destStat } = await getStats(src, dest, opts);
      if (destStat) {
        if (areIdentical(srcStat, destStat)) {
          const srcBaseName = path19.basename(src);
          const destBaseName = path19.basename(dest);
          if (funcName === "move" && srcBaseName !== destBaseName && srcBaseName.toLowerCase() === destBaseName.toLowerCase()) {
            return { srcStat, destStat, isChangingCase: true };
          }
          throw new Error("Source and destination must not be the same.");
        }
        if (srcStat.isDirectory() && !destStat.isDirectory()) {
          throw new Error(`Cannot overwrite non-directory '${dest}' with directory '${src}'.`);
        }
        if (!srcStat.isDirectory() && destStat.isDirectory()) {
          throw new Error(`Cannot overwrite directory '${dest}' with non-directory '${src}'.`);
        }
      }
      if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
        throw new Error(errMsg(src, dest, funcName));
      }
      return { srcStat, destStat };
    }
    function checkPathsSync(src, dest, funcName, opts) {
      const { srcStat, destStat } = getStatsSync(src, dest, opts);
      if (destStat) {
        if (areIdentical(srcStat, destStat)) {
          const srcBaseName = path19.basename(src);
          const destBaseName = path19.basename(dest);
          if (funcName === "move" && srcBaseName !== destBaseName && srcBaseName.toLowerCase() === destBaseName.toLowerCase()) {
            return { srcStat, destStat, isChangingCase: true };
          }
          throw new Error("Source and destination must not be the same.");
        }
        if (srcStat.isDirectory() && !destStat.isDirectory()) {
          throw new Error(`Cannot overwrite non-directory '${dest}' with directory '${src}'.`);
        }
        if (!srcStat.isDirectory() && destStat.isDirectory()) {
          throw new Error(`Cannot overwrite directory '${dest}' with non-directory '${src}'.`);
        }
      }
      if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
        throw new Error(errMsg(src, dest, funcName));
      }
      return { srcStat, destStat };
    }
    async function checkParentPaths(src, srcStat, dest, funcName) {
      const srcParent = path19.resolve(path19.dirname(src));
      const destParent = path19.resolve(path19.dirname(dest));
      if (destParent === srcParent || destParent === path19.parse(destParent).root) return;
      let destStat;
      try {
        destStat = await fs20.stat(destParent, { bigint: true });
      } catch (err) {
        if (err.code === "ENOENT") return;
        throw err;
      }
      if (areIdentical(srcStat, destStat)) {
        throw new Error(errMsg(src, dest, funcName));
      }
      return checkParentPaths(src, srcStat, destParent, funcName);
    }
    function checkParentPathsSync(src, srcStat, dest, funcName) {
      const srcParent = path19.resolve(path19.dirname(src));
      const destParent = path19.resolve(path19.dirname(dest));
      if (destParent === srcParent || destParent === path19.parse(destParent).root) return;
      let destStat;
      try {
        destStat = fs20.statSync(destParent, { bigint: true });
      } catch (err) {
        if (err.code === "ENOENT") return;
        throw err;
      }
      if (areIdentical(srcStat, destStat)) {
        throw new Error(errMsg(src, dest, funcName));
      }
      return checkParentPathsSync(src, srcStat, destParent, funcName);
    }
    function areIdentical(srcStat, destStat) {
      return destStat.ino && destStat.dev && destStat.ino === srcStat.ino && destStat.dev === srcStat.dev;
    }
    function isSrcSubdir(src, dest) {
      const srcArr = path19.resolve(src).split(path19.sep).filter((i) => i);
      const destArr = path19.resolve(dest).split(path19.sep).filter((i) => i);
      return srcArr.every((cur, i) => destArr[i] === cur);
    }
    function errMsg(src, dest, funcName) {
      return `Cannot ${funcName} '${src}' to a subdirectory of itself, '${dest}'.`;
    }
    module.exports = {
      // checkPaths
      checkPaths: u(checkPaths),
      checkPathsSync,
      // checkParent
      checkParentPaths: u(checkParentPaths),
      checkParentPathsSync,
      // Misc
      isSrcSubdir,
      areIdentical
    };
  }
});

// node_modules/fs-extra/lib/copy/copy.js
var require_copy = __commonJS({
  "node_modules/fs-extra/lib/copy/copy.js"(exports, module) {
    "use strict";
    var fs20 = require_fs();
    var path19 = __require("path");
    var { mkdirs } = require_mkdirs();
    var { pathExists } = require_path_exists();
    var { utimesMillis } = require_utimes();
    var stat2 = require_stat();
    async function copy(src, dest, opts = {}) {
      if (typeof opts === "function") {
        opts = { filter: opts };
      }
      opts.clobber = "clobber" in opts ? !!opts.clobber : true;
      opts.overwrite = "overwrite" in opts ? !!opts.overwrite : opts.clobber;
      if (opts.preserveTimestamps && process.arch === "ia32") {
        process.emitWarning(
          "Using the preserveTimestamps option in 32-bit node is not recommended;\n\n	see https://github.com/jprichardson/node-fs-extra/issues/269",
          "Warning",
          "fs-extra-WARN0001"
        );
      }
      const { srcStat, destStat } = await stat2.checkPaths(src, dest, "copy", opts);
      await stat2.checkParentPaths(src, srcStat, dest, "copy");
      const include = await runFilter(src, dest, opts);
      if (!include) return;
      const destParent = path19.dirname(dest);
      const dirExists = await pathExists(destParent);
      if (!dirExists) {
        await mkdirs(destParent);
      }
      await getStatsAndPerformCopy(destStat, src, dest, opts);
    }
    async function runFilter(src, dest, opts) {
      if (!opts.filter) return true;
      return opts.filter(src, dest);
    }
    async function getStatsAndPerformCopy(destStat, src, dest, opts) {
      const statFn = opts.dereference ? fs20.stat : fs20.lstat;
      const srcStat = await statFn(src);
      if (srcStat.isDirectory()) return onDir(srcStat, destStat, src, dest, opts);
      if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) return onFile(srcStat, destStat, src, dest, opts);
      if (srcStat.isSymbolicLink()) return onLink(destStat, src, dest, opts);
      if (srcStat.isSocket()) throw new Error(`Cannot copy a socket file: ${src}`);
      if (srcStat.isFIFO()) throw new Error(`Cannot copy a FIFO pipe: ${src}`);
      throw new Error(`Unknown file: ${src}`);
    }
    async function onFile(srcStat, destStat, src, dest, opts) {
      if (!destStat) return copyFile(srcStat, src, dest, opts);
      if (opts.overwrite) {
        await fs20.unlink(dest);
        return copyFile(srcStat, src, dest, opts);
      }
      if (opts.errorOnExist) {
        throw new Error(`'${dest}' already exists`);
      }
    }
    async function copyFile(srcStat, src, dest, opts) {
      await fs20.copyFile(src, dest);
      if (opts.preserveTimestamps) {
        if (fileIsNotWritable(srcStat.mode)) {
          await makeFileWritable(dest, srcStat.mode);
        }
        const updatedSrcStat = await fs20.stat(src);
        await utimesMillis(dest, updatedSrcStat.atime, updatedSrcStat.mtime);
      }
      return fs20.chmod(dest, srcStat.mode);
    }
    function fileIsNotWritable(srcMode) {
      return (srcMode & 128) === 0;
    }
    function makeFileWritable(dest, srcMode) {
      return fs20.chmod(dest, srcMode | 128);
    }
    async function onDir(srcStat, destStat, src, dest, opts) {
      if (!destStat) {
        await fs20.mkdir(dest);
      }
      const promises = [];
      for await (const item of await fs20.opendir(src)) {
        const srcItem = path19.join(src, item.name);
        const destItem = path19.join(dest, item.name);
        promises.push(
          runFilter(srcItem, destItem, opts).then((include) => {
            if (include) {
              return stat2.checkPaths(srcItem, destItem, "copy", opts).then(({ destStat: destStat2 }) => {
                return getStatsAndPerformCopy(destStat2, srcItem, destItem, opts);
              });
            }
          })
        );
      }
      await Promise.all(promises);
      if (!destStat) {
        await fs20.chmod(dest, srcStat.mode);
      }
    }
    async function onLink(destStat, src, dest, opts) {
      let resolvedSrc = await fs20.readlink(src);
      if (opts.dereference) {
        resolvedSrc = path19.resolve(process.cwd(), resolvedSrc);
      }
      if (!destStat) {
        return fs20.symlink(resolvedSrc, dest);
      }
      let resolvedDest = null;
      try {
        resolvedDest = await fs20.readlink(dest);
      } catch (e) {
        if (e.code === "EINVAL" || e.code === "UNKNOWN") return fs20.symlink(resolvedSrc, dest);
        throw e;
      }
      if (opts.dereference) {
        resolvedDest = path19.resolve(process.cwd(), resolvedDest);
      }
      if (stat2.isSrcSubdir(resolvedSrc, resolvedDest)) {
        throw new Error(`Cannot copy '${resolvedSrc}' to a subdirectory of itself, '${resolvedDest}'.`);
      }
      if (stat2.isSrcSubdir(resolvedDest, resolvedSrc)) {
        throw new Error(`Cannot overwrite '${resolvedDest}' with '${resolvedSrc}'.`);
      }
      await fs20.unlink(dest);
      return fs20.symlink(resolvedSrc, dest);
    }
    module.exports = copy;
  }
});

// node_modules/fs-extra/lib/copy/copy-sync.js
var require_copy_sync = __commonJS({
  "node_modules/fs-extra/lib/copy/copy-sync.js"(exports, module) {
    "use strict";
    var fs20 = require_graceful_fs();
    var path19 = __require("path");
    var mkdirsSync = require_mkdirs().mkdirsSync;
    var utimesMillisSync = require_utimes().utimesMillisSync;
    var stat2 = require_stat();
    function copySync(src, dest, opts) {
      if (typeof opts === "function") {
        opts = { filter: opts };
      }
      opts = opts || {};
      opts.clobber = "clobber" in opts ? !!opts.clobber : true;
      opts.overwrite = "overwrite" in opts ? !!opts.overwrite : opts.clobber;
      if (opts.preserveTimestamps && process.arch === "ia32") {
        process.emitWarning(
          "Using the preserveTimestamps option in 32-bit node is not recommended;\n\n	see https://github.com/jprichardson/node-fs-extra/issues/269",
          "Warning",
          "fs-extra-WARN0002"
        );
      }
      const { srcStat, destStat } = stat2.checkPathsSync(src, dest, "copy", opts);
      stat2.checkParentPathsSync(src, srcStat, dest, "copy");
      if (opts.filter && !opts.filter(src, dest)) return;
      const destParent = path19.dirname(dest);
      if (!fs20.existsSync(destParent)) mkdirsSync(destParent);
      return getStats(destStat, src, dest, opts);
    }
    function getStats(destStat, src, dest, opts) {
      const statSync6 = opts.dereference ? fs20.statSync : fs20.lstatSync;
      const srcStat = statSync6(src);
      if (srcStat.isDirectory()) return onDir(srcStat, destStat, src, dest, opts);
      else if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) return onFile(srcStat, destStat, src, dest, opts);
      else if (srcStat.isSymbolicLink()) return onLink(destStat, src, dest, opts);
      else if (srcStat.isSocket()) throw new Error(`Cannot copy a socket file: ${src}`);
      else if (srcStat.isFIFO()) throw new Error(`Cannot copy a FIFO pipe: ${src}`);
      throw new Error(`Unknown file: ${src}`);
    }
    function onFile(srcStat, destStat, src, dest, opts) {
      if (!destStat) return copyFile(srcStat, src, dest, opts);
      return mayCopyFile(srcStat, src, dest, opts);
    }
    function mayCopyFile(srcStat, src, dest, opts) {
      if (opts.overwrite) {
        fs20.unlinkSync(dest);
        return copyFile(srcStat, src, dest, opts);
      } else if (opts.errorOnExist) {
        throw new Error(`'${dest}' already exists`);
      }
    }
    function copyFile(srcStat, src, dest, opts) {
      fs20.copyFileSync(src, dest);
      if (opts.preserveTimestamps) handleTimestamps(srcStat.mode, src, dest);
      return setDestMode(dest, srcStat.mode);
    }
    function handleTimestamps(srcMode, src, dest) {
      if (fileIsNotWritable(srcMode)) makeFileWritable(dest, srcMode);
      return setDestTimestamps(src, dest);
    }
    function fileIsNotWritable(srcMode) {
      return (srcMode & 128) === 0;
    }
    function makeFileWritable(dest, srcMode) {
      return setDestMode(dest, srcMode | 128);
    }
    function setDestMode(dest, srcMode) {
      return fs20.chmodSync(dest, srcMode);
    }
    function setDestTimestamps(src, dest) {
      const updatedSrcStat = fs20.statSync(src);
      return utimesMillisSync(dest, updatedSrcStat.atime, updatedSrcStat.mtime);
    }
    function onDir(srcStat, destStat, src, dest, opts) {
      if (!destStat) return mkDirAndCopy(srcStat.mode, src, dest, opts);
      return copyDir(src, dest, opts);
    }
    function mkDirAndCopy(srcMode, src, dest, opts) {
      fs20.mkdirSync(dest);
      copyDir(src, dest, opts);
      return setDestMode(dest, srcMode);
    }
    function copyDir(src, dest, opts) {
      const dir = fs20.opendirSync(src);
      try {
        let dirent;
        while ((dirent = dir.readSync()) !== null) {
          copyDirItem(dirent.name, src, dest, opts);
        }
      } finally {
        dir.closeSync();
      }
    }
    function copyDirItem(item, src, dest, opts) {
      const srcItem = path19.join(src, item);
      const destItem = path19.join(dest, item);
      if (opts.filter && !opts.filter(srcItem, destItem)) return;
      const { destStat } = stat2.checkPathsSync(srcItem, destItem, "copy", opts);
      return getStats(destStat, srcItem, destItem, opts);
    }
    function onLink(destStat, src, dest, opts) {
      let resolvedSrc = fs20.readlinkSync(src);
      if (opts.dereference) {
        resolvedSrc = path19.resolve(process.cwd(), resolvedSrc);
      }
      if (!destStat) {
        return fs20.symlinkSync(resolvedSrc, dest);
      } else {
        let resolvedDest;
        try {
          resolvedDest = fs20.readlinkSync(dest);
        } catch (err) {
          if (err.code === "EINVAL" || err.code === "UNKNOWN") return fs20.symlinkSync(resolvedSrc, dest);
          throw err;
        }
        if (opts.dereference) {
          resolvedDest = path19.resolve(process.cwd(), resolvedDest);
        }
        if (stat2.isSrcSubdir(resolvedSrc, resolvedDest)) {
          throw new Error(`Cannot copy '${resolvedSrc}' to a subdirectory of itself, '${resolvedDest}'.`);
        }
        if (stat2.isSrcSubdir(resolvedDest, resolvedSrc)) {
          throw new Error(`Cannot overwrite '${resolvedDest}' with '${resolvedSrc}'.`);
        }
        return copyLink(resolvedSrc, dest);
      }
    }
    function copyLink(resolvedSrc, dest) {
      fs20.unlinkSync(dest);
      return fs20.symlinkSync(resolvedSrc, dest);
    }
    module.exports = copySync;
  }
});

// node_modules/fs-extra/lib/copy/index.js
var require_copy2 = __commonJS({
  "node_modules/fs-extra/lib/copy/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    module.exports = {
      copy: u(require_copy()),
      copySync: require_copy_sync()
    };
  }
});

// node_modules/fs-extra/lib/remove/index.js
var require_remove = __commonJS({
  "node_modules/fs-extra/lib/remove/index.js"(exports, module) {
    "use strict";
    var fs20 = require_graceful_fs();
    var u = require_universalify().fromCallback;
    function remove(path19, callback) {
      fs20.rm(path19, { recursive: true, force: true }, callback);
    }
    function removeSync(path19) {
      fs20.rmSync(path19, { recursive: true, force: true });
    }
    module.exports = {
      remove: u(remove),
      removeSync
    };
  }
});

// node_modules/fs-extra/lib/empty/index.js
var require_empty = __commonJS({
  "node_modules/fs-extra/lib/empty/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var fs20 = require_fs();
    var path19 = __require("path");
    var mkdir = require_mkdirs();
    var remove = require_remove();
    var emptyDir = u(async function emptyDir2(dir) {
      let items;
      try {
        items = await fs20.readdir(dir);
      } catch {
        return mkdir.mkdirs(dir);
      }
      return Promise.all(items.map((item) => remove.remove(path19.join(dir, item))));
    });
    function emptyDirSync(dir) {
      let items;
      try {
        items = fs20.readdirSync(dir);
      } catch {
        return mkdir.mkdirsSync(dir);
      }
      items.forEach((item) => {
        item = path19.join(dir, item);
        remove.removeSync(item);
      });
    }
    module.exports = {
      emptyDirSync,
      emptydirSync: emptyDirSync,
      emptyDir,
      emptydir: emptyDir
    };
  }
});

// node_modules/fs-extra/lib/ensure/file.js
var require_file = __commonJS({
  "node_modules/fs-extra/lib/ensure/file.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var path19 = __require("path");
    var fs20 = require_fs();
    var mkdir = require_mkdirs();
    async function createFile(file) {
      let stats;
      try {
        stats = await fs20.stat(file);
      } catch {
      }
      if (stats && stats.isFile()) return;
      const dir = path19.dirname(file);
      let dirStats = null;
      try {
        dirStats = await fs20.stat(dir);
      } catch (err) {
        if (err.code === "ENOENT") {
          await mkdir.mkdirs(dir);
          await fs20.writeFile(file, "");
          return;
        } else {
          throw err;
        }
      }
      if (dirStats.isDirectory()) {
        await fs20.writeFile(file, "");
      } else {
        await fs20.readdir(dir);
      }
    }
    function createFileSync(file) {
      let stats;
      try {
        stats = fs20.statSync(file);
      } catch {
      }
      if (stats && stats.isFile()) return;
      const dir = path19.dirname(file);
      try {
        if (!fs20.statSync(dir).isDirectory()) {
          fs20.readdirSync(dir);
        }
      } catch (err) {
        if (err && err.code === "ENOENT") mkdir.mkdirsSync(dir);
        else throw err;
      }
      fs20.writeFileSync(file, "");
    }
    module.exports = {
      createFile: u(createFile),
      createFileSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/link.js
var require_link = __commonJS({
  "node_modules/fs-extra/lib/ensure/link.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var path19 = __require("path");
    var fs20 = require_fs();
    var mkdir = require_mkdirs();
    var { pathExists } = require_path_exists();
    var { areIdentical } = require_stat();
    async function createLink(srcpath, dstpath) {
      let dstStat;
      try {
        dstStat = await fs20.lstat(dstpath);
      } catch {
      }
      let srcStat;
      try {
        srcStat = await fs20.lstat(srcpath);
      } catch (err) {
        err.message = err.message.replace("lstat", "ensureLink");
        throw err;
      }
      if (dstStat && areIdentical(srcStat, dstStat)) return;
      const dir = path19.dirname(dstpath);
      const dirExists = await pathExists(dir);
      if (!dirExists) {
        await mkdir.mkdirs(dir);
      }
      await fs20.link(srcpath, dstpath);
    }
    function createLinkSync(srcpath, dstpath) {
      let dstStat;
      try {
        dstStat = fs20.lstatSync(dstpath);
      } catch {
      }
      try {
        const srcStat = fs20.lstatSync(srcpath);
        if (dstStat && areIdentical(srcStat, dstStat)) return;
      } catch (err) {
        err.message = err.message.replace("lstat", "ensureLink");
        throw err;
      }
      const dir = path19.dirname(dstpath);
      const dirExists = fs20.existsSync(dir);
      if (dirExists) return fs20.linkSync(srcpath, dstpath);
      mkdir.mkdirsSync(dir);
      return fs20.linkSync(srcpath, dstpath);
    }
    module.exports = {
      createLink: u(createLink),
      createLinkSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/symlink-paths.js
var require_symlink_paths = __commonJS({
  "node_modules/fs-extra/lib/ensure/symlink-paths.js"(exports, module) {
    "use strict";
    var path19 = __require("path");
    var fs20 = require_fs();
    var { pathExists } = require_path_exists();
    var u = require_universalify().fromPromise;
    async function symlinkPaths(srcpath, dstpath) {
      if (path19.isAbsolute(srcpath)) {
        try {
          await fs20.lstat(srcpath);
        } catch (err) {
          err.message = err.message.replace("lstat", "ensureSymlink");
          throw err;
        }
        return {
          toCwd: srcpath,
          toDst: srcpath
        };
      }
      const dstdir = path19.dirname(dstpath);
      const relativeToDst = path19.join(dstdir, srcpath);
      const exists = await pathExists(relativeToDst);
      if (exists) {
        return {
          toCwd: relativeToDst,
          toDst: srcpath
        };
      }
      try {
        await fs20.lstat(srcpath);
      } catch (err) {
        err.message = err.message.replace("lstat", "ensureSymlink");
        throw err;
      }
      return {
        toCwd: srcpath,
        toDst: path19.relative(dstdir, srcpath)
      };
    }
    function symlinkPathsSync(srcpath, dstpath) {
      if (path19.isAbsolute(srcpath)) {
        const exists2 = fs20.existsSync(srcpath);
        if (!exists2) throw new Error("absolute srcpath does not exist");
        return {
          toCwd: srcpath,
          toDst: srcpath
        };
      }
      const dstdir = path19.dirname(dstpath);
      const relativeToDst = path19.join(dstdir, srcpath);
      const exists = fs20.existsSync(relativeToDst);
      if (exists) {
        return {
          toCwd: relativeToDst,
          toDst: srcpath
        };
      }
      const srcExists = fs20.existsSync(srcpath);
      if (!srcExists) throw new Error("relative srcpath does not exist");
      return {
        toCwd: srcpath,
        toDst: path19.relative(dstdir, srcpath)
      };
    }
    module.exports = {
      symlinkPaths: u(symlinkPaths),
      symlinkPathsSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/symlink-type.js
var require_symlink_type = __commonJS({
  "node_modules/fs-extra/lib/ensure/symlink-type.js"(exports, module) {
    "use strict";
    var fs20 = require_fs();
    var u = require_universalify().fromPromise;
    async function symlinkType(srcpath, type) {
      if (type) return type;
      let stats;
      try {
        stats = await fs20.lstat(srcpath);
      } catch {
        return "file";
      }
      return stats && stats.isDirectory() ? "dir" : "file";
    }
    function symlinkTypeSync(srcpath, type) {
      if (type) return type;
      let stats;
      try {
        stats = fs20.lstatSync(srcpath);
      } catch {
        return "file";
      }
      return stats && stats.isDirectory() ? "dir" : "file";
    }
    module.exports = {
      symlinkType: u(symlinkType),
      symlinkTypeSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/symlink.js
var require_symlink = __commonJS({
  "node_modules/fs-extra/lib/ensure/symlink.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var path19 = __require("path");
    var fs20 = require_fs();
    var { mkdirs, mkdirsSync } = require_mkdirs();
    var { symlinkPaths, symlinkPathsSync } = require_symlink_paths();
    var { symlinkType, symlinkTypeSync } = require_symlink_type();
    var { pathExists } = require_path_exists();
    var { areIdentical } = require_stat();
    async function createSymlink(srcpath, dstpath, type) {
      let stats;
      try {
        stats = await fs20.lstat(dstpath);
      } catch {
      }
      if (stats && stats.isSymbolicLink()) {
        const [srcStat, dstStat] = await Promise.all([
          fs20.stat(srcpath),
          fs20.stat(dstpath)
        ]);
        if (areIdentical(srcStat, dstStat)) return;
      }
      const relative5 = await symlinkPaths(srcpath, dstpath);
      srcpath = relative5.toDst;
      const toType = await symlinkType(relative5.toCwd, type);
      const dir = path19.dirname(dstpath);
      if (!await pathExists(dir)) {
        await mkdirs(dir);
      }
      return fs20.symlink(srcpath, dstpath, toType);
    }
    function createSymlinkSync(srcpath, dstpath, type) {
      let stats;
      try {
        stats = fs20.lstatSync(dstpath);
      } catch {
      }
      if (stats && stats.isSymbolicLink()) {
        const srcStat = fs20.statSync(srcpath);
        const dstStat = fs20.statSync(dstpath);
        if (areIdentical(srcStat, dstStat)) return;
      }
      const relative5 = symlinkPathsSync(srcpath, dstpath);
      srcpath = relative5.toDst;
      type = symlinkTypeSync(relative5.toCwd, type);
      const dir = path19.dirname(dstpath);
      const exists = fs20.existsSync(dir);
      if (exists) return fs20.symlinkSync(srcpath, dstpath, type);
      mkdirsSync(dir);
      return fs20.symlinkSync(srcpath, dstpath, type);
    }
    module.exports = {
      createSymlink: u(createSymlink),
      createSymlinkSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/index.js
var require_ensure = __commonJS({
  "node_modules/fs-extra/lib/ensure/index.js"(exports, module) {
    "use strict";
    var { createFile, createFileSync } = require_file();
    var { createLink, createLinkSync } = require_link();
    var { createSymlink, createSymlinkSync } = require_symlink();
    module.exports = {
      // file
      createFile,
      createFileSync,
      ensureFile: createFile,
      ensureFileSync: createFileSync,
      // link
      createLink,
      createLinkSync,
      ensureLink: createLink,
      ensureLinkSync: createLinkSync,
      // symlink
      createSymlink,
      createSymlinkSync,
      ensureSymlink: createSymlink,
      ensureSymlinkSync: createSymlinkSync
    };
  }
});

// node_modules/jsonfile/utils.js
var require_utils2 = __commonJS({
  "node_modules/jsonfile/utils.js"(exports, module) {
    function stringify(obj, { EOL = "\n", finalEOL = true, replacer = null, spaces } = {}) {
      const EOF = finalEOL ? EOL : "";
      const str = JSON.stringify(obj, replacer, spaces);
      if (str === void 0) {
        throw new TypeError(`Converting ${typeof obj} value to JSON is not supported`);
      }
      return str.replace(/\n/g, EOL) + EOF;
    }
    function stripBom(content) {
      if (Buffer.isBuffer(content)) content = content.toString("utf8");
      return content.replace(/^\uFEFF/, "");
    }
    module.exports = { stringify, stripBom };
  }
});

// node_modules/jsonfile/index.js
var require_jsonfile = __commonJS({
  "node_modules/jsonfile/index.js"(exports, module) {
    var _fs;
    try {
      _fs = require_graceful_fs();
    } catch (_) {
      _fs = __require("fs");
    }
    var universalify = require_universalify();
    var { stringify, stripBom } = require_utils2();
    async function _readFile(file, options = {}) {
      if (typeof options === "string") {
        options = { encoding: options };
      }
      const fs20 = options.fs || _fs;
      const shouldThrow = "throws" in options ? options.throws : true;
      let data = await universalify.fromCallback(fs20.readFile)(file, options);
      data = stripBom(data);
      let obj;
      try {
        obj = JSON.parse(data, options ? options.reviver : null);
      } catch (err) {
        if (shouldThrow) {
          err.message = `${file}: ${err.message}`;
          throw err;
        } else {
          return null;
        }
      }
      return obj;
    }
    var readFile = universalify.fromPromise(_readFile);
    function readFileSync7(file, options = {}) {
      if (typeof options === "string") {
        options = { encoding: options };
      }
      const fs20 = options.fs || _fs;
      const shouldThrow = "throws" in options ? options.throws : true;
      try {
        let content = fs20.readFileSync(file, options);
        content = stripBom(content);
        return JSON.parse(content, options.reviver);
      } catch (err) {
        if (shouldThrow) {
          err.message = `${file}: ${err.message}`;
          throw err;
        } else {
          return null;
        }
      }
    }
    async function _writeFile(file, obj, options = {}) {
      const fs20 = options.fs || _fs;
      const str = stringify(obj, options);
      await universalify.fromCallback(fs20.writeFile)(file, str, options);
    }
    var writeFile = universalify.fromPromise(_writeFile);
    function writeFileSync(file, obj, options = {}) {
      const fs20 = options.fs || _fs;
      const str = stringify(obj, options);
      return fs20.writeFileSync(file, str, options);
    }
    module.exports = {
      readFile,
      readFileSync: readFileSync7,
      writeFile,
      writeFileSync
    };
  }
});

// node_modules/fs-extra/lib/json/jsonfile.js
var require_jsonfile2 = __commonJS({
  "node_modules/fs-extra/lib/json/jsonfile.js"(exports, module) {
    "use strict";
    var jsonFile = require_jsonfile();
    module.exports = {
      // jsonfile exports
      readJson: jsonFile.readFile,
      readJsonSync: jsonFile.readFileSync,
      writeJson: jsonFile.writeFile,
      writeJsonSync: jsonFile.writeFileSync
    };
  }
});

// node_modules/fs-extra/lib/output-file/index.js
var require_output_file = __commonJS({
  "node_modules/fs-extra/lib/output-file/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var fs20 = require_fs();
    var path19 = __require("path");
    var mkdir = require_mkdirs();
    var pathExists = require_path_exists().pathExists;
    async function outputFile(file, data, encoding = "utf-8") {
      const dir = path19.dirname(file);
      if (!await pathExists(dir)) {
        await mkdir.mkdirs(dir);
      }
      return fs20.writeFile(file, data, encoding);
    }
    function outputFileSync(file, ...args) {
      const dir = path19.dirname(file);
      if (!fs20.existsSync(dir)) {
        mkdir.mkdirsSync(dir);
      }
      fs20.writeFileSync(file, ...args);
    }
    module.exports = {
      outputFile: u(outputFile),
      outputFileSync
    };
  }
});

// node_modules/fs-extra/lib/json/output-json.js
var require_output_json = __commonJS({
  "node_modules/fs-extra/lib/json/output-json.js"(exports, module) {
    "use strict";
    var { stringify } = require_utils2();
    var { outputFile } = require_output_file();
    async function outputJson(file, data, options = {}) {
      const str = stringify(data, options);
      await outputFile(file, str, options);
    }
    module.exports = outputJson;
  }
});

// node_modules/fs-extra/lib/json/output-json-sync.js
var require_output_json_sync = __commonJS({
  "node_modules/fs-extra/lib/json/output-json-sync.js"(exports, module) {
    "use strict";
    var { stringify } = require_utils2();
    var { outputFileSync } = require_output_file();
    function outputJsonSync(file, data, options) {
      const str = stringify(data, options);
      outputFileSync(file, str, options);
    }
    module.exports = outputJsonSync;
  }
});

// node_modules/fs-extra/lib/json/index.js
var require_json = __commonJS({
  "node_modules/fs-extra/lib/json/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var jsonFile = require_jsonfile2();
    jsonFile.outputJson = u(require_output_json());
    jsonFile.outputJsonSync = require_output_json_sync();
    jsonFile.outputJSON = jsonFile.outputJson;
    jsonFile.outputJSONSync = jsonFile.outputJsonSync;
    jsonFile.writeJSON = jsonFile.writeJson;
    jsonFile.writeJSONSync = jsonFile.writeJsonSync;
    jsonFile.readJSON = jsonFile.readJson;
    jsonFile.readJSONSync = jsonFile.readJsonSync;
    module.exports = jsonFile;
  }
});

// node_modules/fs-extra/lib/move/move.js
var require_move = __commonJS({
  "node_modules/fs-extra/lib/move/move.js"(exports, module) {
    "use strict";
    var fs20 = require_fs();
    var path19 = __require("path");
    var { copy } = require_copy2();
    var { remove } = require_remove();
    var { mkdirp } = require_mkdirs();
    var { pathExists } = require_path_exists();
    var stat2 = require_stat();
    async function move(src, dest, opts = {}) {
      const overwrite = opts.overwrite || opts.clobber || false;
      const { srcStat, isChangingCase = false } = await stat2.checkPaths(src, dest, "move", opts);
      await stat2.checkParentPaths(src, srcStat, dest, "move");
      const destParent = path19.dirname(dest);
      const parsedParentPath = path19.parse(destParent);
      if (parsedParentPath.root !== destParent) {
        await mkdirp(destParent);
      }
      return doRename(src, dest, overwrite, isChangingCase);
    }
    async function doRename(src, dest, overwrite, isChangingCase) {
      if (!isChangingCase) {
        if (overwrite) {
          await remove(dest);
        } else if (await pathExists(dest)) {
          throw new Error("dest already exists.");
        }
      }
      try {
        await fs20.rename(src, dest);
      } catch (err) {
        if (err.code !== "EXDEV") {
          throw err;
        }
        await moveAcrossDevice(src, dest, overwrite);
      }
    }
    async function moveAcrossDevice(src, dest, overwrite) {
      const opts = {
        overwrite,
        errorOnExist: true,
        preserveTimestamps: true
      };
      await copy(src, dest, opts);
      return remove(src);
    }
    module.exports = move;
  }
});

// node_modules/fs-extra/lib/move/move-sync.js
var require_move_sync = __commonJS({
  "node_modules/fs-extra/lib/move/move-sync.js"(exports, module) {
    "use strict";
    var fs20 = require_graceful_fs();
    var path19 = __require("path");
    var copySync = require_copy2().copySync;
    var removeSync = require_remove().removeSync;
    var mkdirpSync = require_mkdirs().mkdirpSync;
    var stat2 = require_stat();
    function moveSync(src, dest, opts) {
      opts = opts || {};
      const overwrite = opts.overwrite || opts.clobber || false;
      const { srcStat, isChangingCase = false } = stat2.checkPathsSync(src, dest, "move", opts);
      stat2.checkParentPathsSync(src, srcStat, dest, "move");
      if (!isParentRoot(dest)) mkdirpSync(path19.dirname(dest));
      return doRename(src, dest, overwrite, isChangingCase);
    }
    function isParentRoot(dest) {
      const parent = path19.dirname(dest);
      const parsedPath = path19.parse(parent);
      return parsedPath.root === parent;
    }
    function doRename(src, dest, overwrite, isChangingCase) {
      if (isChangingCase) return rename(src, dest, overwrite);
      if (overwrite) {
        removeSync(dest);
        return rename(src, dest, overwrite);
      }
      if (fs20.existsSync(dest)) throw new Error("dest already exists.");
      return rename(src, dest, overwrite);
    }
    function rename(src, dest, overwrite) {
      try {
        fs20.renameSync(src, dest);
      } catch (err) {
        if (err.code !== "EXDEV") throw err;
        return moveAcrossDevice(src, dest, overwrite);
      }
    }
    function moveAcrossDevice(src, dest, overwrite) {
      const opts = {
        overwrite,
        errorOnExist: true,
        preserveTimestamps: true
      };
      copySync(src, dest, opts);
      return removeSync(src);
    }
    module.exports = moveSync;
  }
});

// node_modules/fs-extra/lib/move/index.js
var require_move2 = __commonJS({
  "node_modules/fs-extra/lib/move/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    module.exports = {
      move: u(require_move()),
      moveSync: require_move_sync()
    };
  }
});

// node_modules/fs-extra/lib/index.js
var require_lib = __commonJS({
  "node_modules/fs-extra/lib/index.js"(exports, module) {
    "use strict";
    module.exports = {
      // Export promiseified graceful-fs:
      ...require_fs(),
      // Export extra methods:
      ...require_copy2(),
      ...require_empty(),
      ...require_ensure(),
      ...require_json(),
      ...require_mkdirs(),
      ...require_move2(),
      ...require_output_file(),
      ...require_path_exists(),
      ...require_remove()
    };
  }
});

// node_modules/@cdktf/hcl2json/lib/deepmerge.js
var require_deepmerge = __commonJS({
  "node_modules/@cdktf/hcl2json/lib/deepmerge.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.deepMerge = void 0;
    function deepMerge(target, ...sources) {
      for (const source of sources) {
        if (typeof source !== "object" || typeof target !== "object") {
          throw new Error(`Invalid usage. Both source (${JSON.stringify(source)}) and target (${JSON.stringify(target)}) must be objects`);
        }
        for (const key of Object.keys(source)) {
          const value = source[key];
          if (typeof value === "object" && value != null && !Array.isArray(value)) {
            if (typeof target[key] !== "object") {
              target[key] = {};
            }
            deepMerge(target[key], value);
            const output = target[key];
            if (typeof output === "object" && Object.keys(output).length === 0) {
              delete target[key];
            }
          } else if (typeof value === "object" && value != null && Array.isArray(value)) {
            if (Array.isArray(target[key])) {
              target[key] = [...target[key], ...value];
            } else {
              target[key] = value;
            }
          } else if (value === void 0) {
            delete target[key];
          } else {
            target[key] = value;
          }
        }
      }
      return target;
    }
    exports.deepMerge = deepMerge;
  }
});

// node_modules/@cdktf/hcl2json/lib/syntax-tree.js
var require_syntax_tree = __commonJS({
  "node_modules/@cdktf/hcl2json/lib/syntax-tree.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getChildWithValue = exports.isIndexTraversalPart = exports.isNameTraversalPart = exports.isObjectExpression = exports.isTupleExpression = exports.isBinaryOpExpression = exports.isUnaryOpExpression = exports.isConditionalExpression = exports.isSplatExpression = exports.isIndexExpression = exports.isLiteralValueExpression = exports.isRelativeTraversalExpression = exports.isScopeTraversalExpression = exports.isFunctionCallExpression = exports.isTemplateExpression = exports.isTemplateWrapExpression = exports.isForExpression = void 0;
    function isForExpression(ast) {
      return ast.type === "for";
    }
    exports.isForExpression = isForExpression;
    function isTemplateWrapExpression(ast) {
      return ast.type === "templateWrap";
    }
    exports.isTemplateWrapExpression = isTemplateWrapExpression;
    function isTemplateExpression(ast) {
      return ast.type === "template";
    }
    exports.isTemplateExpression = isTemplateExpression;
    function isFunctionCallExpression(ast) {
      return ast.type === "function";
    }
    exports.isFunctionCallExpression = isFunctionCallExpression;
    function isScopeTraversalExpression(ast) {
      return ast.type === "scopeTraversal";
    }
    exports.isScopeTraversalExpression = isScopeTraversalExpression;
    function isRelativeTraversalExpression(ast) {
      return ast.type === "relativeTraversal";
    }
    exports.isRelativeTraversalExpression = isRelativeTraversalExpression;
    function isLiteralValueExpression(ast) {
      return ast.type === "literalValue";
    }
    exports.isLiteralValueExpression = isLiteralValueExpression;
    function isIndexExpression(ast) {
      return ast.type === "index";
    }
    exports.isIndexExpression = isIndexExpression;
    function isSplatExpression(ast) {
      return ast.type === "splat";
    }
    exports.isSplatExpression = isSplatExpression;
    function isConditionalExpression(ast) {
      return ast.type === "conditional";
    }
    exports.isConditionalExpression = isConditionalExpression;
    function isUnaryOpExpression(ast) {
      return ast.type === "unaryOp";
    }
    exports.isUnaryOpExpression = isUnaryOpExpression;
    function isBinaryOpExpression(ast) {
      return ast.type === "binaryOp";
    }
    exports.isBinaryOpExpression = isBinaryOpExpression;
    function isTupleExpression(ast) {
      return ast.type === "tuple";
    }
    exports.isTupleExpression = isTupleExpression;
    function isObjectExpression(part) {
      return part.type === "object";
    }
    exports.isObjectExpression = isObjectExpression;
    function isNameTraversalPart(part) {
      return part.type === "nameTraversal";
    }
    exports.isNameTraversalPart = isNameTraversalPart;
    function isIndexTraversalPart(part) {
      return part.type === "indexTraversal";
    }
    exports.isIndexTraversalPart = isIndexTraversalPart;
    function getChildWithValue(node, value) {
      if (!node.children) {
        return null;
      }
      return node.children.find((child) => {
        if (!child.meta)
          return false;
        return child.meta.value === value;
      });
    }
    exports.getChildWithValue = getChildWithValue;
  }
});

// node_modules/@cdktf/hcl2json/lib/references.js
var require_references = __commonJS({
  "node_modules/@cdktf/hcl2json/lib/references.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.findAllReferencesInAst = exports.traversalToReference = void 0;
    var syntax_tree_1 = require_syntax_tree();
    function traversalToReference(traversalExpression, localVariables) {
      const meta = traversalExpression.meta;
      function onlyTakeTraversalPartsUntilFirstBracketPropertyAccess(traversals) {
        let filtered = [];
        let index = 0;
        for (const traversal of traversals) {
          if ("segment" in traversal) {
            if (index === 0) {
              if (localVariables === null || localVariables === void 0 ? void 0 : localVariables.includes(traversal.segment)) {
                return [];
              }
            }
            filtered.push(traversal);
          } else {
            return filtered;
          }
        }
        return filtered;
      }
      const filteredParts = onlyTakeTraversalPartsUntilFirstBracketPropertyAccess(meta.traversal);
      if (filteredParts.length === 0) {
        return null;
      }
      const startPosition = filteredParts[0].range.start.byte;
      const endPosition = filteredParts[filteredParts.length - 1].range.end.byte;
      return {
        value: filteredParts.map((part) => part.segment).join("."),
        startPosition,
        endPosition
      };
    }
    exports.traversalToReference = traversalToReference;
    function findAllReferencesInAst(input2, entry, localVariables) {
      if (!entry) {
        return [];
      }
      switch (entry.type) {
        case "scopeTraversal": {
          const reference = traversalToReference(entry, localVariables);
          if (reference)
            return [reference];
          return [];
        }
        case "for": {
          const meta = entry.meta;
          const additionalLocalVariables = [
            meta.keyVar,
            meta.valVar,
            ...localVariables || []
          ];
          return [
            ...findAllReferencesInAst(input2, (0, syntax_tree_1.getChildWithValue)(entry, meta.collectionExpression), additionalLocalVariables),
            ...findAllReferencesInAst(input2, (0, syntax_tree_1.getChildWithValue)(entry, meta.conditionalExpression), additionalLocalVariables)
          ];
        }
        default:
          return entry.children.map((child) => findAllReferencesInAst(input2, child, localVariables)).flat();
      }
    }
    exports.findAllReferencesInAst = findAllReferencesInAst;
  }
});

// node_modules/@cdktf/hcl2json/lib/util.js
var require_util = __commonJS({
  "node_modules/@cdktf/hcl2json/lib/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.wrapTerraformExpression = exports.replaceQuotes = void 0;
    function replaceQuotes(input2) {
      const fullyQuotedMatch = /^(\s*")(.*)("\s*)$/.exec(input2);
      const hasTemplate = /(?<!\$)\$\{/.test(input2);
      if (fullyQuotedMatch !== null && !hasTemplate) {
        return `${fullyQuotedMatch[1]}${fullyQuotedMatch[2].replace(/"/g, `\\"`)}${fullyQuotedMatch[3]}`;
      }
      return input2;
    }
    exports.replaceQuotes = replaceQuotes;
    function wrapTerraformExpression(input2) {
      input2 = replaceQuotes(input2);
      if (!isNaN(Number(input2))) {
        return { wrap: input2, wrapOffset: 0 };
      }
      if (input2 === "true" || input2 === "false") {
        return { wrap: input2, wrapOffset: 0 };
      }
      if (input2.startsWith(`"`)) {
        if (input2.indexOf("\n") >= 0) {
          const trimWrapped = input2.substring(1, input2.length - 1);
          return {
            wrap: `<<EOE
${trimWrapped}
EOE
`,
            wrapOffset: 5
          };
        }
        return { wrap: input2, wrapOffset: 0 };
      }
      if (input2.startsWith("[") || input2.startsWith("{")) {
        return { wrap: input2, wrapOffset: 0 };
      }
      if (input2.startsWith("<<")) {
        if (!input2.endsWith("\n")) {
          return { wrap: input2 + "\n", wrapOffset: 0 };
        }
        return { wrap: input2, wrapOffset: 0 };
      }
      return { wrap: `"${input2}"`, wrapOffset: 1 };
    }
    exports.wrapTerraformExpression = wrapTerraformExpression;
  }
});

// node_modules/@cdktf/hcl2json/wasm/wasm_exec.js
var require_wasm_exec = __commonJS({
  "node_modules/@cdktf/hcl2json/wasm/wasm_exec.js"() {
    "use strict";
    (() => {
      const enosys = () => {
        const err = new Error("not implemented");
        err.code = "ENOSYS";
        return err;
      };
      if (!globalThis.fs) {
        let outputBuf = "";
        globalThis.fs = {
          constants: { O_WRONLY: -1, O_RDWR: -1, O_CREAT: -1, O_TRUNC: -1, O_APPEND: -1, O_EXCL: -1 },
          // unused
          writeSync(fd, buf) {
            outputBuf += decoder.decode(buf);
            const nl = outputBuf.lastIndexOf("\n");
            if (nl != -1) {
              console.log(outputBuf.substr(0, nl));
              outputBuf = outputBuf.substr(nl + 1);
            }
            return buf.length;
          },
          write(fd, buf, offset, length, position, callback) {
            if (offset !== 0 || length !== buf.length || position !== null) {
              callback(enosys());
              return;
            }
            const n = this.writeSync(fd, buf);
            callback(null, n);
          },
          chmod(path19, mode, callback) {
            callback(enosys());
          },
          chown(path19, uid, gid, callback) {
            callback(enosys());
          },
          close(fd, callback) {
            callback(enosys());
          },
          fchmod(fd, mode, callback) {
            callback(enosys());
          },
          fchown(fd, uid, gid, callback) {
            callback(enosys());
          },
          fstat(fd, callback) {
            callback(enosys());
          },
          fsync(fd, callback) {
            callback(null);
          },
          ftruncate(fd, length, callback) {
            callback(enosys());
          },
          lchown(path19, uid, gid, callback) {
            callback(enosys());
          },
          link(path19, link, callback) {
            callback(enosys());
          },
          lstat(path19, callback) {
            callback(enosys());
          },
          mkdir(path19, perm, callback) {
            callback(enosys());
          },
          open(path19, flags, mode, callback) {
            callback(enosys());
          },
          read(fd, buffer, offset, length, position, callback) {
            callback(enosys());
          },
          readdir(path19, callback) {
            callback(enosys());
          },
          readlink(path19, callback) {
            callback(enosys());
          },
          rename(from, to, callback) {
            callback(enosys());
          },
          rmdir(path19, callback) {
            callback(enosys());
          },
          stat(path19, callback) {
            callback(enosys());
          },
          symlink(path19, link, callback) {
            callback(enosys());
          },
          truncate(path19, length, callback) {
            callback(enosys());
          },
          unlink(path19, callback) {
            callback(enosys());
          },
          utimes(path19, atime, mtime, callback) {
            callback(enosys());
          }
        };
      }
      if (!globalThis.process) {
        globalThis.process = {
          getuid() {
            return -1;
          },
          getgid() {
            return -1;
          },
          geteuid() {
            return -1;
          },
          getegid() {
            return -1;
          },
          getgroups() {
            throw enosys();
          },
          pid: -1,
          ppid: -1,
          umask() {
            throw enosys();
          },
          cwd() {
            throw enosys();
          },
          chdir() {
            throw enosys();
          }
        };
      }
      if (!globalThis.crypto) {
        throw new Error("globalThis.crypto is not available, polyfill required (crypto.getRandomValues only)");
      }
      if (!globalThis.performance) {
        throw new Error("globalThis.performance is not available, polyfill required (performance.now only)");
      }
      if (!globalThis.TextEncoder) {
        throw new Error("globalThis.TextEncoder is not available, polyfill required");
      }
      if (!globalThis.TextDecoder) {
        throw new Error("globalThis.TextDecoder is not available, polyfill required");
      }
      const encoder = new TextEncoder("utf-8");
      const decoder = new TextDecoder("utf-8");
      globalThis.Go = class {
        constructor() {
          this.argv = ["js"];
          this.env = {};
          this.exit = (code) => {
            if (code !== 0) {
              console.warn("exit code:", code);
            }
          };
          this._exitPromise = new Promise((resolve11) => {
            this._resolveExitPromise = resolve11;
          });
          this._pendingEvent = null;
          this._scheduledTimeouts = /* @__PURE__ */ new Map();
          this._nextCallbackTimeoutID = 1;
          const setInt64 = (addr, v) => {
            this.mem.setUint32(addr + 0, v, true);
            this.mem.setUint32(addr + 4, Math.floor(v / 4294967296), true);
          };
          const getInt64 = (addr) => {
            const low = this.mem.getUint32(addr + 0, true);
            const high = this.mem.getInt32(addr + 4, true);
            return low + high * 4294967296;
          };
          const loadValue = (addr) => {
            const f = this.mem.getFloat64(addr, true);
            if (f === 0) {
              return void 0;
            }
            if (!isNaN(f)) {
              return f;
            }
            const id = this.mem.getUint32(addr, true);
            return this._values[id];
          };
          const storeValue = (addr, v) => {
            const nanHead = 2146959360;
            if (typeof v === "number" && v !== 0) {
              if (isNaN(v)) {
                this.mem.setUint32(addr + 4, nanHead, true);
                this.mem.setUint32(addr, 0, true);
                return;
              }
              this.mem.setFloat64(addr, v, true);
              return;
            }
            if (v === void 0) {
              this.mem.setFloat64(addr, 0, true);
              return;
            }
            let id = this._ids.get(v);
            if (id === void 0) {
              id = this._idPool.pop();
              if (id === void 0) {
                id = this._values.length;
              }
              this._values[id] = v;
              this._goRefCounts[id] = 0;
              this._ids.set(v, id);
            }
            this._goRefCounts[id]++;
            let typeFlag = 0;
            switch (typeof v) {
              case "object":
                if (v !== null) {
                  typeFlag = 1;
                }
                break;
              case "string":
                typeFlag = 2;
                break;
              case "symbol":
                typeFlag = 3;
                break;
              case "function":
                typeFlag = 4;
                break;
            }
            this.mem.setUint32(addr + 4, nanHead | typeFlag, true);
            this.mem.setUint32(addr, id, true);
          };
          const loadSlice = (addr) => {
            const array = getInt64(addr + 0);
            const len = getInt64(addr + 8);
            return new Uint8Array(this._inst.exports.mem.buffer, array, len);
          };
          const loadSliceOfValues = (addr) => {
            const array = getInt64(addr + 0);
            const len = getInt64(addr + 8);
            const a = new Array(len);
            for (let i = 0; i < len; i++) {
              a[i] = loadValue(array + i * 8);
            }
            return a;
          };
          const loadString = (addr) => {
            const saddr = getInt64(addr + 0);
            const len = getInt64(addr + 8);
            return decoder.decode(new DataView(this._inst.exports.mem.buffer, saddr, len));
          };
          const timeOrigin = Date.now() - performance.now();
          this.importObject = {
            go: {
              // Go's SP does not change as long as no Go code is running. Some operations (e.g. calls, getters and setters)
              // may synchronously trigger a Go event handler. This makes Go code get executed in the middle of the imported
              // function. A goroutine can switch to a new stack if the current stack is too small (see morestack function).
              // This changes the SP, thus we have to update the SP used by the imported function.
              // func wasmExit(code int32)
              "runtime.wasmExit": (sp) => {
                sp >>>= 0;
                const code = this.mem.getInt32(sp + 8, true);
                this.exited = true;
                delete this._inst;
                delete this._values;
                delete this._goRefCounts;
                delete this._ids;
                delete this._idPool;
                this.exit(code);
              },
              // func wasmWrite(fd uintptr, p unsafe.Pointer, n int32)
              "runtime.wasmWrite": (sp) => {
                sp >>>= 0;
                const fd = getInt64(sp + 8);
                const p = getInt64(sp + 16);
                const n = this.mem.getInt32(sp + 24, true);
                fs.writeSync(fd, new Uint8Array(this._inst.exports.mem.buffer, p, n));
              },
              // func resetMemoryDataView()
              "runtime.resetMemoryDataView": (sp) => {
                sp >>>= 0;
                this.mem = new DataView(this._inst.exports.mem.buffer);
              },
              // func nanotime1() int64
              "runtime.nanotime1": (sp) => {
                sp >>>= 0;
                setInt64(sp + 8, (timeOrigin + performance.now()) * 1e6);
              },
              // func walltime() (sec int64, nsec int32)
              "runtime.walltime": (sp) => {
                sp >>>= 0;
                const msec = (/* @__PURE__ */ new Date()).getTime();
                setInt64(sp + 8, msec / 1e3);
                this.mem.setInt32(sp + 16, msec % 1e3 * 1e6, true);
              },
              // func scheduleTimeoutEvent(delay int64) int32
              "runtime.scheduleTimeoutEvent": (sp) => {
                sp >>>= 0;
                const id = this._nextCallbackTimeoutID;
                this._nextCallbackTimeoutID++;
                this._scheduledTimeouts.set(id, setTimeout(
                  () => {
                    this._resume();
                    while (this._scheduledTimeouts.has(id)) {
                      console.warn("scheduleTimeoutEvent: missed timeout event");
                      this._resume();
                    }
                  },
                  getInt64(sp + 8) + 1
                  // setTimeout has been seen to fire up to 1 millisecond early
                ));
                this.mem.setInt32(sp + 16, id, true);
              },
              // func clearTimeoutEvent(id int32)
              "runtime.clearTimeoutEvent": (sp) => {
                sp >>>= 0;
                const id = this.mem.getInt32(sp + 8, true);
                clearTimeout(this._scheduledTimeouts.get(id));
                this._scheduledTimeouts.delete(id);
              },
              // func getRandomData(r []byte)
              "runtime.getRandomData": (sp) => {
                sp >>>= 0;
                crypto.getRandomValues(loadSlice(sp + 8));
              },
              // func finalizeRef(v ref)
              "syscall/js.finalizeRef": (sp) => {
                sp >>>= 0;
                const id = this.mem.getUint32(sp + 8, true);
                this._goRefCounts[id]--;
                if (this._goRefCounts[id] === 0) {
                  const v = this._values[id];
                  this._values[id] = null;
                  this._ids.delete(v);
                  this._idPool.push(id);
                }
              },
              // func stringVal(value string) ref
              "syscall/js.stringVal": (sp) => {
                sp >>>= 0;
                storeValue(sp + 24, loadString(sp + 8));
              },
              // func valueGet(v ref, p string) ref
              "syscall/js.valueGet": (sp) => {
                sp >>>= 0;
                const result = Reflect.get(loadValue(sp + 8), loadString(sp + 16));
                sp = this._inst.exports.getsp() >>> 0;
                storeValue(sp + 32, result);
              },
              // func valueSet(v ref, p string, x ref)
              "syscall/js.valueSet": (sp) => {
                sp >>>= 0;
                Reflect.set(loadValue(sp + 8), loadString(sp + 16), loadValue(sp + 32));
              },
              // func valueDelete(v ref, p string)
              "syscall/js.valueDelete": (sp) => {
                sp >>>= 0;
                Reflect.deleteProperty(loadValue(sp + 8), loadString(sp + 16));
              },
              // func valueIndex(v ref, i int) ref
              "syscall/js.valueIndex": (sp) => {
                sp >>>= 0;
                storeValue(sp + 24, Reflect.get(loadValue(sp + 8), getInt64(sp + 16)));
              },
              // valueSetIndex(v ref, i int, x ref)
              "syscall/js.valueSetIndex": (sp) => {
                sp >>>= 0;
                Reflect.set(loadValue(sp + 8), getInt64(sp + 16), loadValue(sp + 24));
              },
              // func valueCall(v ref, m string, args []ref) (ref, bool)
              "syscall/js.valueCall": (sp) => {
                sp >>>= 0;
                try {
                  const v = loadValue(sp + 8);
                  const m = Reflect.get(v, loadString(sp + 16));
                  const args = loadSliceOfValues(sp + 32);
                  const result = Reflect.apply(m, v, args);
                  sp = this._inst.exports.getsp() >>> 0;
                  storeValue(sp + 56, result);
                  this.mem.setUint8(sp + 64, 1);
                } catch (err) {
                  sp = this._inst.exports.getsp() >>> 0;
                  storeValue(sp + 56, err);
                  this.mem.setUint8(sp + 64, 0);
                }
              },
              // func valueInvoke(v ref, args []ref) (ref, bool)
              "syscall/js.valueInvoke": (sp) => {
                sp >>>= 0;
                try {
                  const v = loadValue(sp + 8);
                  const args = loadSliceOfValues(sp + 16);
                  const result = Reflect.apply(v, void 0, args);
                  sp = this._inst.exports.getsp() >>> 0;
                  storeValue(sp + 40, result);
                  this.mem.setUint8(sp + 48, 1);
                } catch (err) {
                  sp = this._inst.exports.getsp() >>> 0;
                  storeValue(sp + 40, err);
                  this.mem.setUint8(sp + 48, 0);
                }
              },
              // func valueNew(v ref, args []ref) (ref, bool)
              "syscall/js.valueNew": (sp) => {
                sp >>>= 0;
                try {
                  const v = loadValue(sp + 8);
                  const args = loadSliceOfValues(sp + 16);
                  const result = Reflect.construct(v, args);
                  sp = this._inst.exports.getsp() >>> 0;
                  storeValue(sp + 40, result);
                  this.mem.setUint8(sp + 48, 1);
                } catch (err) {
                  sp = this._inst.exports.getsp() >>> 0;
                  storeValue(sp + 40, err);
                  this.mem.setUint8(sp + 48, 0);
                }
              },
              // func valueLength(v ref) int
              "syscall/js.valueLength": (sp) => {
                sp >>>= 0;
                setInt64(sp + 16, parseInt(loadValue(sp + 8).length));
              },
              // valuePrepareString(v ref) (ref, int)
              "syscall/js.valuePrepareString": (sp) => {
                sp >>>= 0;
                const str = encoder.encode(String(loadValue(sp + 8)));
                storeValue(sp + 16, str);
                setInt64(sp + 24, str.length);
              },
              // valueLoadString(v ref, b []byte)
              "syscall/js.valueLoadString": (sp) => {
                sp >>>= 0;
                const str = loadValue(sp + 8);
                loadSlice(sp + 16).set(str);
              },
              // func valueInstanceOf(v ref, t ref) bool
              "syscall/js.valueInstanceOf": (sp) => {
                sp >>>= 0;
                this.mem.setUint8(sp + 24, loadValue(sp + 8) instanceof loadValue(sp + 16) ? 1 : 0);
              },
              // func copyBytesToGo(dst []byte, src ref) (int, bool)
              "syscall/js.copyBytesToGo": (sp) => {
                sp >>>= 0;
                const dst = loadSlice(sp + 8);
                const src = loadValue(sp + 32);
                if (!(src instanceof Uint8Array || src instanceof Uint8ClampedArray)) {
                  this.mem.setUint8(sp + 48, 0);
                  return;
                }
                const toCopy = src.subarray(0, dst.length);
                dst.set(toCopy);
                setInt64(sp + 40, toCopy.length);
                this.mem.setUint8(sp + 48, 1);
              },
              // func copyBytesToJS(dst ref, src []byte) (int, bool)
              "syscall/js.copyBytesToJS": (sp) => {
                sp >>>= 0;
                const dst = loadValue(sp + 8);
                const src = loadSlice(sp + 16);
                if (!(dst instanceof Uint8Array || dst instanceof Uint8ClampedArray)) {
                  this.mem.setUint8(sp + 48, 0);
                  return;
                }
                const toCopy = src.subarray(0, dst.length);
                dst.set(toCopy);
                setInt64(sp + 40, toCopy.length);
                this.mem.setUint8(sp + 48, 1);
              },
              "debug": (value) => {
                console.log(value);
              }
            }
          };
        }
        async run(instance) {
          if (!(instance instanceof WebAssembly.Instance)) {
            throw new Error("Go.run: WebAssembly.Instance expected");
          }
          this._inst = instance;
          this.mem = new DataView(this._inst.exports.mem.buffer);
          this._values = [
            // JS values that Go currently has references to, indexed by reference id
            NaN,
            0,
            null,
            true,
            false,
            globalThis,
            this
          ];
          this._goRefCounts = new Array(this._values.length).fill(Infinity);
          this._ids = /* @__PURE__ */ new Map([
            // mapping from JS values to reference ids
            [0, 1],
            [null, 2],
            [true, 3],
            [false, 4],
            [globalThis, 5],
            [this, 6]
          ]);
          this._idPool = [];
          this.exited = false;
          let offset = 4096;
          const strPtr = (str) => {
            const ptr = offset;
            const bytes = encoder.encode(str + "\0");
            new Uint8Array(this.mem.buffer, offset, bytes.length).set(bytes);
            offset += bytes.length;
            if (offset % 8 !== 0) {
              offset += 8 - offset % 8;
            }
            return ptr;
          };
          const argc = this.argv.length;
          const argvPtrs = [];
          this.argv.forEach((arg) => {
            argvPtrs.push(strPtr(arg));
          });
          argvPtrs.push(0);
          const keys = Object.keys(this.env).sort();
          keys.forEach((key) => {
            argvPtrs.push(strPtr(`${key}=${this.env[key]}`));
          });
          argvPtrs.push(0);
          const argv = offset;
          argvPtrs.forEach((ptr) => {
            this.mem.setUint32(offset, ptr, true);
            this.mem.setUint32(offset + 4, 0, true);
            offset += 8;
          });
          const wasmMinDataAddr = 4096 + 8192;
          if (offset >= wasmMinDataAddr) {
            throw new Error("total length of command line and environment variables exceeds limit");
          }
          this._inst.exports.run(argc, argv);
          if (this.exited) {
            this._resolveExitPromise();
          }
          await this._exitPromise;
        }
        _resume() {
          if (this.exited) {
            throw new Error("Go program has already exited");
          }
          this._inst.exports.resume();
          if (this.exited) {
            this._resolveExitPromise();
          }
        }
        _makeFuncWrapper(id) {
          const go = this;
          return function() {
            const event = { id, this: this, args: arguments };
            go._pendingEvent = event;
            go._resume();
            return event.result;
          };
        }
      };
    })();
  }
});

// node_modules/@cdktf/hcl2json/wasm/bridge_wasm_exec.js
var require_bridge_wasm_exec = __commonJS({
  "node_modules/@cdktf/hcl2json/wasm/bridge_wasm_exec.js"() {
    "use strict";
    globalThis.require = __require;
    globalThis.fs = __require("fs");
    globalThis.TextEncoder = __require("util").TextEncoder;
    globalThis.TextDecoder = __require("util").TextDecoder;
    globalThis.performance ??= __require("performance");
    if (!globalThis.crypto) {
      const crypto2 = __require("crypto");
      globalThis.crypto = {
        getRandomValues(b) {
          return crypto2.randomFillSync(b);
        }
      };
    }
    require_wasm_exec();
  }
});

// node_modules/@cdktf/hcl2json/lib/bridge.js
var require_bridge = __commonJS({
  "node_modules/@cdktf/hcl2json/lib/bridge.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getExpressionAst = exports.getReferencesInExpression = exports.convertFiles = exports.parse = void 0;
    var fs20 = __importStar(require_lib());
    var path_1 = __require("path");
    var deepmerge_1 = require_deepmerge();
    var zlib_1 = __require("zlib");
    var references_1 = require_references();
    var util_1 = require_util();
    var jsRoot = {};
    function sleep2() {
      return new Promise((resolve11) => {
        setTimeout(resolve11, 0);
      });
    }
    function goBridge(getBytes) {
      let ready = false;
      async function init() {
        await Promise.resolve().then(() => __importStar(require_bridge_wasm_exec()));
        const go = new global.Go();
        const bytes = await getBytes;
        const result = await WebAssembly.instantiate(bytes, go.importObject);
        global.__parse_terraform_config_wasm__ = jsRoot;
        void go.run(result.instance);
        ready = true;
      }
      init().catch((error) => {
        throw error;
      });
      const proxy = new Proxy({}, {
        get: (_, key) => {
          return async (...args) => {
            while (!ready) {
              await sleep2();
            }
            if (!(key in jsRoot)) {
              throw new Error(`There is nothing defined with the name "${key.toString()}"`);
            }
            if (typeof jsRoot[key] !== "function") {
              return jsRoot[key];
            }
            return new Promise((resolve11, reject) => {
              const cb = (err, ...msg) => (
                // eslint-disable-next-line @typescript-eslint/ban-ts-comment
                // @ts-ignore
                err ? reject(new Error(err)) : resolve11(...msg)
              );
              const run = () => {
                jsRoot[key].apply(void 0, [...args, cb]);
              };
              run();
            });
          };
        }
      });
      return proxy;
    }
    var loadWasm = async () => {
      return (0, zlib_1.gunzipSync)(await fs20.readFile((0, path_1.join)(__dirname, "..", "main.wasm.gz")));
    };
    var wasm = goBridge(loadWasm());
    async function parse4(filename, contents) {
      const res = await wasm.parse(filename, contents);
      return JSON.parse(res);
    }
    exports.parse = parse4;
    async function convertFiles(workingDirectory) {
      let tfFileContents = "";
      const tfJSONFileContents = [];
      for (const file of fs20.readdirSync(workingDirectory)) {
        const filePath = (0, path_1.resolve)(workingDirectory, file);
        if (!fs20.lstatSync(filePath).isDirectory()) {
          if (file.match(/\.tf$/)) {
            tfFileContents += fs20.readFileSync(filePath, "utf-8");
            tfFileContents += "\n";
          } else if (file.match(/\.tf\.json$/)) {
            tfJSONFileContents.push(JSON.parse(fs20.readFileSync(filePath, "utf-8")));
          }
        }
      }
      if (tfFileContents === "" && tfJSONFileContents.length === 0) {
        console.error(`No '.tf' or '.tf.json' files found in ${workingDirectory}`);
        return {};
      }
      return (0, deepmerge_1.deepMerge)(await parse4("hcl2json.tf", tfFileContents), ...tfJSONFileContents);
    }
    exports.convertFiles = convertFiles;
    async function getReferencesInExpression(filename, expression) {
      let offset = 0;
      let quoteWrappedExpression = expression;
      if (!expression.startsWith('"')) {
        quoteWrappedExpression = `"${expression}"`;
        offset = 1;
      }
      const { wrap: wrappedExpression, wrapOffset: startOffset } = (0, util_1.wrapTerraformExpression)(`${quoteWrappedExpression}`);
      offset += startOffset;
      const ast = await getExpressionAst(filename, wrappedExpression);
      if (!ast) {
        return [];
      }
      const refs = (0, references_1.findAllReferencesInAst)(expression, ast);
      if (wrappedExpression === expression) {
        return refs;
      }
      return refs.map((ref) => {
        return {
          ...ref,
          startPosition: ref.startPosition - offset,
          endPosition: ref.endPosition - offset
        };
      });
    }
    exports.getReferencesInExpression = getReferencesInExpression;
    async function getExpressionAst(filename, expression) {
      const res = await wasm.getExpressionAst(filename, expression);
      const ast = JSON.parse(res);
      if (!ast) {
        return null;
      }
      return ast;
    }
    exports.getExpressionAst = getExpressionAst;
  }
});

// node_modules/@cdktf/hcl2json/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/@cdktf/hcl2json/lib/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TFExpressionSyntaxTree = exports.wrapTerraformExpression = exports.getExpressionAst = exports.getReferencesInExpression = exports.convertFiles = exports.parse = void 0;
    var bridge_1 = require_bridge();
    Object.defineProperty(exports, "parse", { enumerable: true, get: function() {
      return bridge_1.parse;
    } });
    Object.defineProperty(exports, "convertFiles", { enumerable: true, get: function() {
      return bridge_1.convertFiles;
    } });
    Object.defineProperty(exports, "getReferencesInExpression", { enumerable: true, get: function() {
      return bridge_1.getReferencesInExpression;
    } });
    Object.defineProperty(exports, "getExpressionAst", { enumerable: true, get: function() {
      return bridge_1.getExpressionAst;
    } });
    var util_1 = require_util();
    Object.defineProperty(exports, "wrapTerraformExpression", { enumerable: true, get: function() {
      return util_1.wrapTerraformExpression;
    } });
    exports.TFExpressionSyntaxTree = __importStar(require_syntax_tree());
  }
});

// node_modules/@octokit/request/node_modules/content-type/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@octokit/request/node_modules/content-type/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.format = format;
    exports.parse = parse4;
    var TEXT_REGEXP = /^[\u0009\u0020-\u007e\u0080-\u00ff]*$/;
    var TOKEN_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
    var QUOTE_REGEXP = /[\\"]/g;
    var TYPE_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
    var NullObject = /* @__PURE__ */ (() => {
      const C = function() {
      };
      C.prototype = /* @__PURE__ */ Object.create(null);
      return C;
    })();
    function format(obj) {
      const { type, parameters } = obj;
      if (!type || !TYPE_REGEXP.test(type)) {
        throw new TypeError(`Invalid type: ${type}`);
      }
      let result = type;
      if (parameters) {
        for (const param of Object.keys(parameters)) {
          if (!TOKEN_REGEXP.test(param)) {
            throw new TypeError(`Invalid parameter name: ${param}`);
          }
          result += `; ${param}=${qstring(parameters[param])}`;
        }
      }
      return result;
    }
    function parse4(header, options) {
      const stopChar = options?.comma === true ? COMMA : 65536;
      const len = header.length;
      let index = skipOWS(header, options?.start ?? 0, len);
      const valueStart = index;
      index = skipValue2(header, index, len, stopChar);
      const valueEnd = trailingOWS(header, valueStart, index);
      const type = header.slice(valueStart, valueEnd).toLowerCase();
      if (options?.parameters === false) {
        return { type, index, parameters: new NullObject() };
      }
      return parseParameters(header, type, index, len, stopChar);
    }
    var SP = 32;
    var HTAB = 9;
    var SEMI = 59;
    var EQ = 61;
    var DQUOTE = 34;
    var BSLASH = 92;
    var COMMA = 44;
    function parseParameters(header, type, index, len, stopChar) {
      const parameters = new NullObject();
      parameter: while (index < len) {
        if (header.charCodeAt(index) === stopChar)
          break;
        index = skipOWS(header, index + 1, len);
        const keyStart = index;
        while (index < len) {
          const code = header.charCodeAt(index);
          if (code === stopChar)
            break parameter;
          if (code === SEMI)
            continue parameter;
          if (code === EQ) {
            const keyEnd = trailingOWS(header, keyStart, index);
            const key = header.slice(keyStart, keyEnd).toLowerCase();
            index = skipOWS(header, index + 1, len);
            if (index < len && header.charCodeAt(index) === DQUOTE) {
              index++;
              let value = "";
              while (index < len) {
                const code2 = header.charCodeAt(index++);
                if (code2 === DQUOTE) {
                  index = skipValue2(header, index, len, stopChar);
                  if (parameters[key] === void 0)
                    parameters[key] = value;
                  break;
                }
                if (code2 === BSLASH && index < len) {
                  value += header[index++];
                  continue;
                }
                value += String.fromCharCode(code2);
              }
              continue parameter;
            }
            const valueStart = index;
            index = skipValue2(header, index, len, stopChar);
            if (parameters[key] === void 0) {
              const valueEnd = trailingOWS(header, valueStart, index);
              parameters[key] = header.slice(valueStart, valueEnd);
            }
            continue parameter;
          }
          index++;
        }
      }
      return { type, index, parameters };
    }
    function skipValue2(str, index, len, stopChar) {
      while (index < len) {
        const code = str.charCodeAt(index);
        if (code === SEMI || code === stopChar)
          break;
        index++;
      }
      return index;
    }
    function skipOWS(header, index, len) {
      while (index < len) {
        const char = header.charCodeAt(index);
        if (char !== SP && char !== HTAB)
          break;
        index++;
      }
      return index;
    }
    function trailingOWS(header, start, end) {
      while (end > start) {
        const char = header.charCodeAt(end - 1);
        if (char !== SP && char !== HTAB)
          break;
        end--;
      }
      return end;
    }
    function qstring(str) {
      if (TOKEN_REGEXP.test(str))
        return str;
      if (TEXT_REGEXP.test(str))
        return `"${str.replace(QUOTE_REGEXP, "\\$&")}"`;
      throw new TypeError(`Invalid parameter value: ${str}`);
    }
  }
});

// src/output/gate.ts
init_mask();
var OPEN_TAIL = new RegExp(`${TOKEN_START}(?:mo?|mon(?:_(?:test_)?[A-Za-z0-9]*)?)$`);
var MAX_HELD = 256;
function createStreamRedactor() {
  let held = "";
  return {
    push(text2) {
      const whole = held + text2;
      const open2 = OPEN_TAIL.exec(whole);
      const cut = open2 && whole.length - open2.index <= MAX_HELD ? open2.index : whole.length;
      held = whole.slice(cut);
      return redactTokens(whole.slice(0, cut));
    },
    flush() {
      const rest = redactTokens(held);
      held = "";
      return rest;
    }
  };
}
var asBytes = (text2) => Buffer.from(text2, "utf8").toString("latin1");
function installOutputGate() {
  if (installed) return;
  installed = true;
  for (const stream of [process.stdout, process.stderr]) gate(stream);
}
var installed = false;
function gate(stream) {
  const original = stream.write.bind(stream);
  const redactor = createStreamRedactor();
  const bytes = (text2) => Buffer.from(text2.replace(/…/g, asBytes("\u2026")), "latin1");
  stream.write = function write(chunk, encoding, callback) {
    const done = typeof encoding === "function" ? encoding : callback;
    const textEncoding = typeof encoding === "string" ? encoding : void 0;
    if (typeof chunk === "string" && (textEncoding === void 0 || /^utf-?8$/i.test(textEncoding))) {
      return original(redactor.push(chunk), "utf8", done);
    }
    const raw = typeof chunk === "string" ? Buffer.from(chunk, textEncoding) : chunk instanceof Uint8Array ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) : void 0;
    if (raw === void 0) return original(chunk, textEncoding, done);
    return original(bytes(redactor.push(raw.toString("latin1"))), void 0, done);
  };
  process.once("exit", () => {
    const rest = redactor.flush();
    if (rest !== "") original(rest);
  });
}

// src/exit-codes.ts
var EXIT_CLEAN = 0;
var EXIT_FINDINGS = 1;
var EXIT_ERROR = 2;

// src/action/run.ts
init_errors();
init_write_file();
import * as fs19 from "node:fs";
import * as path18 from "node:path";
import { pathToFileURL } from "node:url";

// rules/define-rule.ts
function defineRule(rule) {
  return rule;
}
function defineExposureRule(rule) {
  return rule;
}
function definePolicy(policy) {
  return policy;
}

// rules/client-exposed-token.ts
var clientExposedToken = defineExposureRule({
  id: "client-exposed-token",
  severity: "error",
  description: "A Monime token, or a variable named for one, that a build inlines into client-side code: a client-prefixed `.env` variable or framework config that copies it into the bundle.",
  remediation: "Keep Monime tokens server-side: drop the client prefix (`NEXT_PUBLIC_`, `VITE_`, \u2026) or the config entry, call Monime from a server route, and revoke any token that was ever built into client code.",
  positive: [
    { path: ".env.local", text: (t) => `NEXT_PUBLIC_MONIME_ACCESS_TOKEN=${t.live()}` },
    { path: ".env", text: () => "VITE_MONIME_TOKEN=" },
    { path: "web/.env.production", text: (t) => `# payments
export REACT_APP_PAYMENTS_KEY="${t.test()}"` },
    { path: ".env.example", text: () => "EXPO_PUBLIC_MONIME_SECRET=changeme" },
    { path: "next.config.js", text: () => "module.exports = { env: { MONIME_TOKEN: process.env.MONIME_TOKEN } };" },
    { path: "vite.config.ts", text: () => "export default defineConfig({ define: { __KEY__: JSON.stringify(process.env.MONIME_ACCESS_TOKEN) } });" },
    { path: "webpack.config.js", text: () => "plugins: [new webpack.EnvironmentPlugin(['NODE_ENV', 'MONIME_API_KEY'])]" }
  ],
  negative: [
    { path: ".env", text: (t) => `MONIME_ACCESS_TOKEN=${t.live()}
NEXT_PUBLIC_SITE_URL=https://shop.example` },
    { path: ".env.local", text: () => "VITE_MONIME_SPACE_ID=spc-123" },
    { path: "next.config.mjs", text: () => "export default { env: { SITE_URL: 'https://shop.example' } };" },
    { path: "vite.config.ts", text: () => "const token = process.env.MONIME_TOKEN;\nexport default defineConfig({ server: { port: 3000 } });" }
  ]
});

// rules/iac/broad-ip-whitelist.ts
import { isIP } from "node:net";

// src/calendar-date.ts
var DATE = /^(\d{4})-(\d{2})-(\d{2})(?=$|[Tt ])/;
function calendarDay(text2) {
  const match2 = DATE.exec(text2.trim());
  if (!match2) return void 0;
  const [year, month, day] = [Number(match2[1]), Number(match2[2]), Number(match2[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return void 0;
  if (text2.trim().length > 10 && Number.isNaN(Date.parse(text2.trim()))) return void 0;
  return time;
}
function isCalendarDate(text2) {
  return /^\d{4}-\d{2}-\d{2}$/.test(text2) && calendarDay(text2) !== void 0;
}
function looksLikeDate(text2) {
  return /^\d{4}-\d{2}-\d{2}/.test(text2.trim());
}

// src/iac/model.ts
var UNKNOWN = Symbol("unknown");
function known(value) {
  return value !== void 0 && value !== UNKNOWN;
}
function expiryDays(expiry, today) {
  if (expiry.kind === "never") return void 0;
  if (expiry.kind === "days") return expiry.days;
  const time = calendarDay(expiry.date) ?? Number.NaN;
  return Number.isNaN(time) ? void 0 : Math.ceil((time - today.getTime()) / 864e5);
}
function parseExpiry(value) {
  if (value === void 0 || value === null) return void 0;
  const text2 = String(value).trim().toLowerCase();
  if (text2 === "never" || text2 === "none") return { kind: "never" };
  const relative5 = /^(\d+)[-\s]?(day|days|month|months|year|years)$/.exec(text2);
  if (relative5) {
    const n = Number(relative5[1]);
    const unit = relative5[2];
    return { kind: "days", days: unit.startsWith("day") ? n : unit.startsWith("month") ? n * 30 : n * 365 };
  }
  if (calendarDay(text2) !== void 0) return { kind: "date", date: text2 };
  return UNKNOWN;
}

// rules/iac/broad-ip-whitelist.ts
var broadIpWhitelist = definePolicy({
  id: "iac/broad-ip-whitelist",
  severity: "error",
  description: "An IP whitelist entry that admits too much of the internet (`0.0.0.0/0`, `::/0`, short prefixes), or that is not an IP or CIDR at all.",
  remediation: "List your servers' addresses or narrow ranges (at least /16 for IPv4, /48 for IPv6).",
  options: {
    minIpv4Prefix: { type: "integer", description: "Shortest IPv4 prefix allowed (default 16)." },
    minIpv6Prefix: { type: "integer", description: "Shortest IPv6 prefix allowed (default 48)." }
  },
  check(config, { options }) {
    const minV4 = Number(options.minIpv4Prefix ?? 16);
    const minV6 = Number(options.minIpv6Prefix ?? 48);
    const violations = [];
    for (const entry of known(config.ips) ? config.ips : []) {
      const [address = "", prefixText] = entry.trim().split("/");
      const version = isIP(address);
      const prefix2 = prefixText === void 0 ? version === 6 ? 128 : 32 : Number(prefixText);
      const max = version === 6 ? 128 : 32;
      if (version === 0 || !Number.isInteger(prefix2) || prefix2 < 0 || prefix2 > max || prefixText !== void 0 && !/^\d+$/.test(prefixText)) {
        violations.push({ message: `"${config.label}" whitelists ${entry}, which is not an IP address or CIDR range`, field: "ips", key: entry });
      } else if (prefix2 < (version === 6 ? minV6 : minV4)) {
        violations.push({
          message: `"${config.label}" whitelists ${entry}, a range of ${version === 6 ? "IPv6" : "IPv4"} addresses wider than /${version === 6 ? minV6 : minV4}`,
          field: "ips",
          key: entry
        });
      }
    }
    return violations;
  },
  example: () => `tokens:
  - name: pass-servers
    whitelist: { ips: [203.0.113.45, 198.51.100.0/24, "2001:db8::/64"] }
  - name: fail-anywhere
    whitelist: { ips: [0.0.0.0/0] }
  - name: fail-not-an-ip
    whitelist: { ips: [203.0.113.999] }
`
});

// rules/iac/expiry-too-long.ts
var expiryTooLong = definePolicy({
  id: "iac/expiry-too-long",
  severity: "warning",
  description: "A token whose expiry lies beyond the maximum lifetime, or beyond its rotation window.",
  remediation: "Shorten the expiry to the rotation window (180 days by default) and rotate the token before it expires.",
  options: {
    maxDays: { type: "integer", description: "Longest lifetime in days before a warning (default 365)." },
    rotationDays: {
      type: "integer",
      description: "Rotation window in days before a note (default 180), for tokens that do not declare their own `rotateEveryDays`."
    }
  },
  check(config, { today, options }) {
    const maxDays = Number(options.maxDays ?? 365);
    const own = known(config.rotateEveryDays) ? config.rotateEveryDays : void 0;
    const rotationDays = own ?? Number(options.rotationDays ?? 180);
    const window = own === void 0 ? `the ${rotationDays}-day rotation window` : `its own ${own}-day rotation (rotateEveryDays)`;
    const findings = [];
    if (own !== void 0 && own > maxDays)
      findings.push({ message: `"${config.label}" rotates every ${own} days, beyond the ${maxDays}-day maximum`, field: "rotateEveryDays" });
    if (!known(config.expiry)) return findings;
    const days = expiryDays(config.expiry, today);
    if (days === void 0) return findings;
    if (days > maxDays) findings.push({ message: `"${config.label}" expires in ${days} days, beyond the ${maxDays}-day maximum`, field: "expiry" });
    else if (days > rotationDays) findings.push({ message: `"${config.label}" expires in ${days} days, beyond ${window}`, field: "expiry", severity: "note" });
    return findings;
  },
  example: () => `tokens:
  - name: pass-two-months
    mode: live
    expiry: 2-months
  - name: fail-two-years
    mode: live
    expiry: 2-years
  - name: pass-own-rotation
    mode: live
    expiry: 2027-08-05
    rotateEveryDays: 300
  - name: fail-beyond-own-rotation
    mode: live
    expiry: 2-months
    rotateEveryDays: 30
  - name: fail-rotation-beyond-maximum
    mode: live
    expiry: 2-months
    rotateEveryDays: 400
`
});

// src/detector/anchors.ts
var LF = 10;
var CR = 13;
var BACKSLASH = 92;
var ESCAPED_LF = 110;
var ESCAPED_CR = 114;
var BASE64_RUNS = {
  0: { chars: "bW9uX", anchorAt: 1, alignment: 0 },
  1: { chars: "1vbl", anchorAt: 0, alignment: 1 },
  2: { chars: "tb25f", anchorAt: 3, alignment: 2 }
};
var RUNS = [
  ...Object.values(BASE64_RUNS),
  // `1vbl` again, found from `vb` when a line break falls between `1` and `v`.
  { chars: "1vbl", anchorAt: 1, alignment: 1 },
  // Base64 of base64: the inner alignment, then the outer one; measured by encoding the prefix
  // after every combination of bytes before it (test/detector/base64.test.ts does it again).
  { chars: "Ylc5dV", anchorAt: 0, alignment: 0, outerGroupOffset: 0 },
  { chars: "JXOXVY", anchorAt: 0, alignment: 0, outerGroupOffset: 2 },
  { chars: "iVzl1W", anchorAt: 5, alignment: 0, outerGroupOffset: 3 },
  { chars: "xdmJsO", anchorAt: 3, alignment: 1, outerGroupOffset: 3 },
  { chars: "MXZibD", anchorAt: 2, alignment: 1, outerGroupOffset: 0 },
  { chars: "F2Ymw", anchorAt: 2, alignment: 1, outerGroupOffset: 2 },
  { chars: "dGIyNWZ", anchorAt: 5, alignment: 2, outerGroupOffset: 0 },
  { chars: "RiMjVm", anchorAt: 3, alignment: 2, outerGroupOffset: 2 },
  { chars: "0YjI1Z", anchorAt: 5, alignment: 2, outerGroupOffset: 3 }
];
function anchorLength(run) {
  return run.chars === "1vbl" ? 2 : 1;
}
var BASE64_ANCHORS = (() => {
  const byText = /* @__PURE__ */ new Map();
  for (const run of RUNS) {
    const text2 = run.chars.slice(run.anchorAt, run.anchorAt + anchorLength(run));
    byText.set(text2, [...byText.get(text2) ?? [], run]);
  }
  return [...byText].map(([text2, runs]) => ({
    text: text2,
    bytes: text2.length === 1 ? text2.charCodeAt(0) : Buffer.from(text2, "latin1"),
    runs,
    // Before an anchor a line break ends in `\n` or in the `n` of its escape; after one it starts
    // with `\n`, `\r` or the backslash of an escape.
    before: neighbourTable(runs, (run) => run.chars.charCodeAt(run.anchorAt - 1), [LF, ESCAPED_LF]),
    after: neighbourTable(runs, (run) => run.chars.charCodeAt(run.anchorAt + anchorLength(run)), [LF, CR, BACKSLASH])
  }));
})();
function neighbourTable(runs, neighbour, breaks) {
  if (runs.length > 8) throw new Error(`anchor serves ${runs.length} runs; its neighbour tables hold 8`);
  const table = new Uint8Array(256);
  runs.forEach((run, k) => {
    const code = neighbour(run);
    if (Number.isNaN(code)) {
      for (let b = 0; b < 256; b++) table[b] |= 1 << k;
      return;
    }
    for (const allowed of [code, ...breaks]) table[allowed] |= 1 << k;
  });
  return table;
}
function neighboursAllow(anchor, previous, next) {
  return ((anchor.before[previous & 255] ?? 0) & (anchor.after[next & 255] ?? 0)) !== 0;
}
function previousAcrossBreak(codeAt, index) {
  let k = index - 1;
  if (codeAt(k) === LF) return k - (codeAt(k - 1) === CR ? 2 : 1);
  if (codeAt(k) !== ESCAPED_LF || codeAt(k - 1) !== BACKSLASH) return k;
  k -= 2;
  return codeAt(k) === ESCAPED_CR && codeAt(k - 1) === BACKSLASH ? k - 2 : k;
}
function nextAcrossBreak(codeAt, index) {
  const k = index + 1;
  if (codeAt(k) === LF) return k + 1;
  if (codeAt(k) === CR && codeAt(k + 1) === LF) return k + 2;
  if (codeAt(k) !== BACKSLASH) return k;
  if (codeAt(k + 1) === ESCAPED_LF) return k + 2;
  return codeAt(k + 1) === ESCAPED_CR && codeAt(k + 2) === BACKSLASH && codeAt(k + 3) === ESCAPED_LF ? k + 4 : k;
}
function runAt(codeAt, hit, run, positions) {
  const { chars: chars2, anchorAt } = run;
  if (anchorAt === 1 && chars2 === "1vbl" && codeAt(hit - 1) === 49) return false;
  let k = hit;
  for (let j = anchorAt - 1; j >= 0; j--) {
    k = previousAcrossBreak(codeAt, k);
    if (codeAt(k) !== chars2.charCodeAt(j)) return false;
    positions?.unshift(k);
  }
  positions?.push(hit);
  k = hit;
  for (let j = anchorAt + 1; j < chars2.length; j++) {
    k = j === anchorAt + 1 && anchorLength(run) === 2 ? k + 1 : nextAcrossBreak(codeAt, k);
    if (codeAt(k) !== chars2.charCodeAt(j)) return false;
    positions?.push(k);
  }
  return true;
}

// src/detector/decoders.ts
init_grammar();
var WINDOW_CHARS = MAX_TOKEN_LENGTH + 2;
var BASE64_VALUES = new Int16Array(128).fill(-1);
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("").forEach((c, i) => {
  BASE64_VALUES[c.charCodeAt(0)] = i;
});
BASE64_VALUES["-".charCodeAt(0)] = 62;
BASE64_VALUES["_".charCodeAt(0)] = 63;
function base64Value(code) {
  return code < 128 ? BASE64_VALUES[code] ?? -1 : -1;
}
function decodeBase64Run(text2, run, positions) {
  const { alignment } = run;
  const groupOffset = [0, 2, 3][alignment] ?? 0;
  const first = positions[0];
  if (first === void 0) return void 0;
  const head = base64Before(text2, first, groupOffset);
  if (head.length < groupOffset) return void 0;
  const earlier = base64Before(text2, head[0] ?? first, 4);
  const extra = earlier.length === 4 ? 3 : 0;
  const wanted = Math.ceil((WINDOW_CHARS + extra + 3) * 4 / 3);
  const found2 = base64After(text2, first, wanted - head.length - (extra > 0 ? 4 : 0));
  const chars2 = [...extra > 0 ? earlier : [], ...head, ...found2];
  const urlSafe = chars2.some((p) => text2.charCodeAt(p) === 45 || text2.charCodeAt(p) === 95);
  const prefixAt = extra + alignment;
  const decoded = base64Bytes(text2, chars2, (byte, index) => {
    const at = index - prefixAt;
    return at === 0 ? byte === 109 : at < 4 || isAlnum(byte) || at === 8 && byte === 95;
  });
  if (!decoded.startsWith("mon_", prefixAt)) return void 0;
  return { text: decoded, prefixAt, previous: -1, encoding: urlSafe ? "base64url" : "base64", ...groupMapping(chars2) };
}
function decodeBase64TwiceAt(text2, run, positions) {
  const groupOffset = run.outerGroupOffset ?? 0;
  const first = positions[0];
  if (first === void 0) return void 0;
  const before = base64Before(text2, first, groupOffset + 16);
  if (before.length < groupOffset) return void 0;
  const head = before.slice((before.length - groupOffset) % 4);
  const innerWanted = 16 + Math.ceil((WINDOW_CHARS + 6) * 4 / 3);
  const chars2 = [...head, ...base64After(text2, first, Math.ceil(innerWanted / 3) * 4 + 4 - head.length)];
  const innerText = base64Bytes(text2, chars2, () => true);
  const innerRun = BASE64_RUNS[run.alignment];
  const at = innerText.indexOf(innerRun.chars);
  if (at === -1) return void 0;
  const decoded = decodeBase64Run(
    innerText,
    innerRun,
    [...innerRun.chars].map((_, k) => at + k)
  );
  if (!decoded) return void 0;
  const outer = groupMapping(chars2);
  return {
    ...decoded,
    encoding: "double-base64",
    sourceStart: (i) => outer.sourceStart(decoded.sourceStart(i)),
    sourceEnd: (i) => outer.sourceEnd(decoded.sourceEnd(i))
  };
}
function base64Bytes(text2, chars2, more) {
  const bytes = [];
  let bits = 0;
  let width = 0;
  for (const position of chars2) {
    bits = (bits << 6 | base64Value(text2.charCodeAt(position))) & 16777215;
    width += 6;
    if (width < 8) continue;
    width -= 8;
    const byte = bits >> width & 255;
    bytes.push(byte);
    if (!more(byte, bytes.length - 1)) break;
  }
  return String.fromCharCode(...bytes);
}
function groupMapping(chars2) {
  const last = chars2.length - 1;
  return {
    sourceStart: (i) => chars2[Math.min(last, Math.floor(i * 4 / 3))],
    sourceEnd: (i) => chars2[Math.min(last, Math.ceil(i * 4 / 3) - 1)] + 1
  };
}
function lineBreakEnd(text2, index) {
  const code = text2.charCodeAt(index);
  if (code === 10) return index + 1;
  if (code === 13) return text2.charCodeAt(index + 1) === 10 ? index + 2 : index;
  if (code !== 92) return index;
  if (text2.startsWith("n", index + 1)) return index + 2;
  return text2.startsWith("r\\n", index + 1) ? index + 4 : index;
}
function escapedBreakStart(text2, end) {
  if (text2.charCodeAt(end - 1) !== 110 || text2.charCodeAt(end - 2) !== 92) return -1;
  return text2.startsWith("\\r", end - 4) ? end - 4 : end - 2;
}
function base64After(text2, index, count) {
  const positions = [];
  for (let i = index; i < text2.length && positions.length < count; ) {
    if (base64Value(text2.charCodeAt(i)) >= 0) {
      positions.push(i++);
      continue;
    }
    const next = lineBreakEnd(text2, i);
    if (next === i || base64Value(text2.charCodeAt(next)) < 0) break;
    i = next;
  }
  return positions;
}
function base64Before(text2, index, count) {
  const positions = [];
  let i = index - 1;
  while (i >= 0 && positions.length < count) {
    const escaped = escapedBreakStart(text2, i + 1);
    if (escaped >= 0) {
      i = escaped - 1;
      continue;
    }
    const code = text2.charCodeAt(i);
    if (base64Value(code) >= 0) {
      positions.unshift(i--);
      continue;
    }
    if (code !== 10) break;
    const lineEnd = i - (text2.charCodeAt(i - 1) === 13 ? 2 : 1);
    const lineStart = text2.lastIndexOf("\n", lineEnd) + 1;
    if (lineEnd < lineStart) break;
    for (let k = lineStart; k <= lineEnd; k++) if (base64Value(text2.charCodeAt(k)) < 0) return positions;
    i = lineEnd;
  }
  return positions;
}
function hexDigit(code) {
  return code >= 48 && code <= 57 ? code - 48 : code >= 97 && code <= 102 ? code - 87 : code >= 65 && code <= 70 ? code - 55 : -1;
}
function hexAt(text2, index, digits) {
  let value = 0;
  for (let i = index; i < index + digits; i++) {
    const digit2 = hexDigit(text2.charCodeAt(i));
    if (digit2 < 0) return -1;
    value = value * 16 + digit2;
  }
  return value;
}
function digitsAt(text2, index, hex, max) {
  let value = 0;
  let i = index;
  for (; i < index + max; i++) {
    const code = text2.charCodeAt(i);
    const digit2 = hex ? hexDigit(code) : code >= 48 && code <= 57 ? code - 48 : -1;
    if (digit2 < 0) break;
    value = Math.min(1114112, value * (hex ? 16 : 10) + digit2);
  }
  return i === index ? void 0 : [value, i - index];
}
var NAMED_REFERENCES = /* @__PURE__ */ new Map([
  ["lowbar", 95],
  ["UnderBar", 95],
  ["quot", 34],
  ["apos", 39],
  ["equals", 61],
  ["colon", 58],
  ["amp", 38],
  ["lt", 60],
  ["gt", 62],
  ["nbsp", 160],
  ["sol", 47]
]);
function readEscape(text2, index) {
  const first = text2.charCodeAt(index);
  if (first === 37) {
    const value = hexAt(text2, index + 1, 2);
    return value < 0 ? void 0 : { code: value, width: 3, encoding: "percent" };
  }
  if (first === 92) {
    const kind = text2.charCodeAt(index + 1);
    if (kind === 117) {
      if (text2.charCodeAt(index + 2) === 123) {
        const digits = digitsAt(text2, index + 3, true, 6);
        if (!digits || text2.charCodeAt(index + 3 + digits[1]) !== 125) return void 0;
        return { code: digits[0], width: digits[1] + 4, encoding: "unicode-escape" };
      }
      const value = hexAt(text2, index + 2, 4);
      return value < 0 ? void 0 : { code: value, width: 6, encoding: "unicode-escape" };
    }
    if (kind === 120) {
      const value = hexAt(text2, index + 2, 2);
      return value < 0 ? void 0 : { code: value, width: 4, encoding: "hex-escape" };
    }
    return void 0;
  }
  if (first === 38) return readCharacterReference(text2, index);
  return void 0;
}
function readCharacterReference(text2, index) {
  if (text2.charCodeAt(index + 1) === 35) {
    const x = text2.charCodeAt(index + 2) | 32;
    const hex = x === 120;
    const from = index + (hex ? 3 : 2);
    const digits = digitsAt(text2, from, hex, 8);
    if (!digits) return void 0;
    const end = from + digits[1];
    return { code: digits[0], width: end - index + (text2.charCodeAt(end) === 59 ? 1 : 0), encoding: "html-entity" };
  }
  const semicolon2 = text2.indexOf(";", index + 2);
  if (semicolon2 === -1 || semicolon2 - index > 10) return void 0;
  const code = NAMED_REFERENCES.get(text2.slice(index + 1, semicolon2));
  return code === void 0 ? void 0 : { code, width: semicolon2 - index + 1, encoding: "html-entity" };
}
function escapeEndingAt(text2, index) {
  const last = text2.charCodeAt(index - 1);
  const lookBack = last === 125 || last === 59 ? 16 : 6;
  for (let start = index - 2; start >= Math.max(0, index - lookBack); start--) {
    const escape2 = readEscape(text2, start);
    if (escape2 && start + escape2.width === index) return escape2;
  }
  return void 0;
}
var PREFIX_CODES = [109, 111, 110, 95];
function escapedPrefixStart(text2, index, code) {
  if (code === PREFIX_CODES[0]) return index;
  if (code === PREFIX_CODES[1] && text2.charCodeAt(index - 1) === 109) return index - 1;
  if (code === PREFIX_CODES[2] && text2.charCodeAt(index - 1) === 111 && text2.charCodeAt(index - 2) === 109) return index - 2;
  return -1;
}
function decodeEscapedAt(text2, index) {
  let previous = -1;
  if (index > 0) previous = escapeEndingAt(text2, index)?.code ?? text2.charCodeAt(index - 1);
  const chars2 = [];
  const starts = [];
  const kinds = [];
  let i = index;
  while (i < text2.length && chars2.length < WINDOW_CHARS) {
    const escaped = readEscape(text2, i);
    starts.push(i);
    const code = escaped ? escaped.code : text2.charCodeAt(i);
    chars2.push(code);
    kinds.push(escaped?.encoding);
    i += escaped ? escaped.width : 1;
    const at = chars2.length - 1;
    if (at < 4 && code !== PREFIX_CODES[at]) return void 0;
    if (at >= 4 && !isAlnum(code) && !(at === 8 && code === 95)) break;
  }
  starts.push(i);
  if (chars2.length < 4) return void 0;
  const decoded = String.fromCharCode(...chars2);
  return {
    text: decoded,
    prefixAt: 0,
    previous,
    encoding: "percent",
    encodingOf(from, to) {
      let found2;
      for (let k = from; k < to; k++) {
        const kind = kinds[k];
        if (kind === void 0 || kind === found2) continue;
        if (found2 !== void 0) return "mixed-escape";
        found2 = kind;
      }
      return found2;
    },
    sourceStart: (k) => starts[k] ?? i,
    sourceEnd: (k) => starts[k] ?? i
  };
}

// src/detector/detect.ts
init_grammar();

// src/detector/shape.ts
init_grammar();
var PLACEHOLDER_REASONS = /* @__PURE__ */ new Set(["template", "redacted", "ellipsis", "repeated", "sequential", "low-entropy"]);
var MAX_RANDOM_RUN = 5;
function judgeBody(body) {
  const n = body.length;
  if (n < MIN_BODY) return { ok: false, reason: "too-short" };
  if (n > MAX_BODY) return { ok: false, reason: "too-long" };
  const counts = /* @__PURE__ */ new Map();
  let run = 1;
  let maxRun = 1;
  let steps = 0;
  let transitions = 0;
  const classSeen = [false, false, false];
  let previous = -1;
  let previousClass = -1;
  for (let i = 0; i < n; i++) {
    const code = body.charCodeAt(i);
    const cls = charClass(code);
    counts.set(code, (counts.get(code) ?? 0) + 1);
    if (cls >= 0) classSeen[cls] = true;
    if (i > 0) {
      run = code === previous ? run + 1 : 1;
      if (run > maxRun) maxRun = run;
      if (Math.abs(code - previous) === 1) steps++;
      if (cls !== previousClass) transitions++;
    }
    previous = code;
    previousClass = cls;
  }
  if (maxRun > MAX_RANDOM_RUN) return { ok: false, reason: "repeated" };
  if (steps / (n - 1) > 0.5) return { ok: false, reason: "sequential" };
  const narrow = n === CANONICAL_BODY && classSeen[0] && !isHex(body);
  if ((!classSeen[1] || !classSeen[2]) && !narrow) return { ok: false, reason: "single-case" };
  const alphabet = (classSeen[0] ? 10 : 0) + (classSeen[1] ? 26 : 0) + (classSeen[2] ? 26 : 0);
  if (shannonEntropy(counts, n) < 0.75 * Math.log2(Math.min(n, alphabet))) return { ok: false, reason: "low-entropy" };
  const minTransitions = alphabet === 62 ? 0.2 : 0.12;
  if (transitions / (n - 1) < minTransitions) return { ok: false, reason: "identifier" };
  const maxMeanRun = n === CANONICAL_BODY ? 4.5 : 2.5;
  if (!classSeen[0] && meanLowercaseRun(body) >= maxMeanRun) return { ok: false, reason: "identifier" };
  return { ok: true, confidence: n === CANONICAL_BODY ? "high" : "medium" };
}
function isHex(body) {
  return /^(?:[0-9a-f]+|[0-9A-F]+)$/.test(body);
}
function meanLowercaseRun(body) {
  const runs = body.match(/[a-z]+/g) ?? [];
  return runs.length === 0 ? 0 : runs.reduce((sum, run) => sum + run.length, 0) / runs.length;
}
function shannonEntropy(counts, n) {
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / n;
    bits -= p * Math.log2(p);
  }
  return bits;
}
function placeholderAfter(text2, index) {
  const code = text2.charCodeAt(index);
  switch (code) {
    case 60:
    // <
    case 91:
      return "template";
    case 36:
    // $
    case 123:
      return text2.charCodeAt(index + 1) === 123 || code === 36 ? "template" : void 0;
    case 42:
    // *
    case 8226:
      return "redacted";
    case 8230:
      return "ellipsis";
    case 46:
      return text2.startsWith("...", index) ? "ellipsis" : void 0;
    default:
      return void 0;
  }
}

// src/detector/detect.ts
function detect(text2, options = {}) {
  const from = options.from ?? 0;
  const to = options.to ?? text2.length;
  const matches = [];
  const rejections = [];
  const addWindow = (window) => {
    const match2 = window && matchInWindow(window);
    if (match2 && match2.start >= from && match2.start < to) matches.push(match2);
  };
  for (let index = text2.indexOf("mon", from); index !== -1 && index < to; index = text2.indexOf("mon", index + 3)) {
    const next = text2.charCodeAt(index + 3);
    if (next === CODE_UNDERSCORE) {
      if (gluedByEscape(text2, index)) continue;
      if (plainAt(text2, index, options.placeholders === true, matches, rejections)) continue;
      if (isIntroducer(text2.charCodeAt(alnumRunEnd(text2, index + 4))) || isHexDigit(text2.charCodeAt(index - 1)) && escapeEndingAt(text2, index)) {
        addWindow(decodeEscapedAt(text2, index));
      }
    } else if (isIntroducer(next)) {
      addWindow(decodeEscapedAt(text2, index));
    }
  }
  for (const introducer of INTRODUCERS) {
    for (let index = text2.indexOf(introducer, Math.max(0, from - 2)); index !== -1 && index < to; index = text2.indexOf(introducer, index + 1)) {
      const escape2 = readEscape(text2, index);
      if (!escape2) continue;
      const start = escapedPrefixStart(text2, index, escape2.code);
      if (start >= 0) addWindow(decodeEscapedAt(text2, start));
    }
  }
  const codeAt = (k) => k >= 0 && k < text2.length ? text2.charCodeAt(k) : -1;
  for (const anchor of BASE64_ANCHORS) {
    for (let hit = text2.indexOf(anchor.text, Math.max(0, from - ANCHOR_REACH)); hit !== -1 && hit < to + ANCHOR_REACH; hit = text2.indexOf(anchor.text, hit + 1)) {
      if (!neighboursAllow(anchor, codeAt(hit - 1), codeAt(hit + anchor.text.length))) continue;
      for (const run of anchor.runs) {
        const positions = [];
        if (!runAt(codeAt, hit, run, positions)) continue;
        addWindow(run.outerGroupOffset === void 0 ? decodeBase64Run(text2, run, positions) : decodeBase64TwiceAt(text2, run, positions));
      }
    }
  }
  matches.sort((a, b) => a.start - b.start);
  return { matches, rejections };
}
var ANCHOR_REACH = 128;
var INTRODUCERS = ["%", "\\", "&"];
function isIntroducer(code) {
  return code === CODE_PERCENT || code === CODE_BACKSLASH || code === CODE_AMPERSAND;
}
function gluedByEscape(text2, index) {
  const before = text2.charCodeAt(index - 1);
  if (before !== 59 && before !== 125) return false;
  const escape2 = escapeEndingAt(text2, index);
  return escape2 !== void 0 && (isAlnum(escape2.code) || escape2.code === CODE_UNDERSCORE);
}
function isHexDigit(code) {
  return code >= 48 && code <= 57 || (code | 32) >= 97 && (code | 32) <= 102;
}
function alnumRunEnd(text2, index) {
  let i = index;
  const limit = Math.min(text2.length, index + MAX_BODY + 6);
  while (i < limit && (isAlnum(text2.charCodeAt(i)) || i === index + 4 && text2.charCodeAt(i) === CODE_UNDERSCORE)) i++;
  return i;
}
function plainAt(text2, index, placeholders, matches, rejections) {
  const candidate = parseCandidate(text2, index);
  if (!candidate) return false;
  const verdict = judgeCandidate(text2, candidate);
  if (verdict.ok) {
    matches.push({
      kind: candidate.kind,
      token: text2.slice(candidate.start, candidate.bodyEnd),
      bodyLength: candidate.bodyEnd - candidate.bodyStart,
      confidence: verdict.confidence,
      start: candidate.start,
      end: candidate.bodyEnd
    });
    return true;
  }
  if (placeholders && PLACEHOLDER_REASONS.has(verdict.reason)) {
    const short = candidate.bodyEnd - candidate.bodyStart < MIN_BODY;
    const end = short ? Math.min(text2.length, candidate.bodyEnd + markerLength(text2, candidate.bodyEnd)) : candidate.bodyEnd;
    rejections.push({ text: text2.slice(candidate.start, end), start: candidate.start, end, reason: verdict.reason });
  }
  return false;
}
function judgeCandidate(text2, candidate) {
  const { next, bodyStart, bodyEnd } = candidate;
  if (next === CODE_UNDERSCORE || next === CODE_DASH) return { ok: false, reason: "word-joined" };
  if (bodyEnd - bodyStart < MIN_BODY) {
    return { ok: false, reason: placeholderAfter(text2, bodyEnd) ?? "too-short" };
  }
  return judgeBody(text2.slice(bodyStart, bodyEnd));
}
function markerLength(text2, index) {
  const marker = text2.slice(index, index + 40);
  const closer = /^(?:\$?\{\{?[^}\n]*\}\}?|<[^>\n]*>|\[[^\]\n]*\]|[*•.…]+[A-Za-z0-9]*)/.exec(marker);
  return closer ? closer[0].length : 0;
}
function matchInWindow(window) {
  const candidate = parseCandidate(window.text, window.prefixAt, window.previous);
  if (!candidate) return void 0;
  const verdict = judgeCandidate(window.text, candidate);
  if (!verdict.ok) return void 0;
  const match2 = {
    kind: candidate.kind,
    token: window.text.slice(candidate.start, candidate.bodyEnd),
    bodyLength: candidate.bodyEnd - candidate.bodyStart,
    confidence: verdict.confidence,
    start: window.sourceStart(candidate.start),
    end: window.sourceEnd(candidate.bodyEnd)
  };
  const encoding = window.encodingOf ? window.encodingOf(candidate.start, candidate.bodyEnd) : window.encoding;
  return encoding === void 0 ? match2 : { ...match2, encoding };
}

// src/detector/prefilter.ts
init_grammar();
var MON = Buffer.from("mon");
var DIRECTIVE_MARKER = Buffer.from("monime-guard-ignore");
var TEST = [..."test"].map((c) => c.charCodeAt(0));
var MAY_HOLD_TOKEN = { token: true, directive: false };
var DIRECTIVE_ONLY = { token: false, directive: true };
var NOTHING = { token: false, directive: false };
function gateBytes(bytes, start = 0, end = bytes.length) {
  const view = start === 0 && end === bytes.length ? bytes : bytes.subarray(start, end);
  const codeAt = (k) => view[k] ?? -1;
  let directive = false;
  for (let i = view.indexOf(MON); i !== -1; i = view.indexOf(MON, i + 3)) {
    if (prefixMayStartAt(codeAt, i)) return MAY_HOLD_TOKEN;
    if (!directive && view[i + 3] === 105 && i + DIRECTIVE_MARKER.length <= view.length) {
      directive = view.compare(DIRECTIVE_MARKER, 0, DIRECTIVE_MARKER.length, i, i + DIRECTIVE_MARKER.length) === 0;
    }
  }
  for (const introducer of INTRODUCERS2) {
    for (let i = view.indexOf(introducer); i !== -1; i = view.indexOf(introducer, i + 1)) {
      if (!opensLetterEscape(introducer, view[i + 1] ?? -1, view[i + 2] ?? -1)) continue;
      const from = Math.max(0, i - 2);
      if (escapeStartsPrefix(view.toString("latin1", from, i + ESCAPE_READ), i - from)) return MAY_HOLD_TOKEN;
    }
  }
  if (bytesMayHoldBase64Prefix(view, codeAt)) return MAY_HOLD_TOKEN;
  return directive ? DIRECTIVE_ONLY : NOTHING;
}
function mayContainToken(bytes, start = 0, end = bytes.length) {
  return gateBytes(bytes, start, end).token;
}
function mayContainBase64Prefix(bytes) {
  return bytesMayHoldBase64Prefix(bytes, (k) => bytes[k] ?? -1);
}
function bytesMayHoldBase64Prefix(view, codeAt) {
  for (const anchor of BASE64_ANCHORS) {
    const length = anchor.text.length;
    for (let hit = view.indexOf(anchor.bytes); hit !== -1; hit = view.indexOf(anchor.bytes, hit + 1)) {
      if (!neighboursAllow(anchor, view[hit - 1] ?? -1, view[hit + length] ?? -1)) continue;
      for (const run of anchor.runs) if (runAt(codeAt, hit, run)) return true;
    }
  }
  return false;
}
function mayContainTokenText(text2) {
  const codeAt = (k) => k >= 0 && k < text2.length ? text2.charCodeAt(k) : -1;
  for (let i = text2.indexOf("mon"); i !== -1; i = text2.indexOf("mon", i + 3)) {
    if (prefixMayStartAt(codeAt, i)) return true;
  }
  for (const introducer of INTRODUCERS2) {
    const search = String.fromCharCode(introducer);
    for (let i = text2.indexOf(search); i !== -1; i = text2.indexOf(search, i + 1)) {
      if (opensLetterEscape(introducer, codeAt(i + 1), codeAt(i + 2)) && escapeStartsPrefix(text2, i)) return true;
    }
  }
  for (const anchor of BASE64_ANCHORS) {
    const length = anchor.text.length;
    for (let hit = text2.indexOf(anchor.text); hit !== -1; hit = text2.indexOf(anchor.text, hit + 1)) {
      if (!neighboursAllow(anchor, codeAt(hit - 1), codeAt(hit + length))) continue;
      for (const run of anchor.runs) if (runAt(codeAt, hit, run)) return true;
    }
  }
  return false;
}
var INTRODUCERS2 = [CODE_PERCENT, CODE_BACKSLASH, CODE_AMPERSAND];
var ESCAPE_READ = 16;
function opensLetterEscape(introducer, next, after) {
  if (introducer === CODE_PERCENT) return next === 54;
  if (introducer === CODE_AMPERSAND) return next === 35;
  return next === 120 ? after === 54 : next === 117 && (after === 48 || after === 123);
}
function escapeStartsPrefix(text2, index) {
  const escape2 = readEscape(text2, index);
  return escape2 !== void 0 && escapedPrefixStart(text2, index, escape2.code) >= 0;
}
function isHexDigitCode(code) {
  return code >= 48 && code <= 57 || (code | 32) >= 97 && (code | 32) <= 102;
}
function prefixMayStartAt(codeAt, i) {
  const next = codeAt(i + 3);
  if (next === CODE_PERCENT || next === CODE_BACKSLASH || next === CODE_AMPERSAND) return true;
  if (next !== CODE_UNDERSCORE) return false;
  const before = i === 0 ? -1 : codeAt(i - 1);
  if (!isAlnum(before) && before !== CODE_UNDERSCORE) return true;
  if (isHexDigitCode(before) && codeAt(i - 2) !== -1) {
    let head = "";
    for (let k = Math.max(0, i - ESCAPE_READ); k < i; k++) head += String.fromCharCode(codeAt(k));
    if (escapeEndingAt(head, head.length)) return true;
  }
  const after = codeAt(i + 8);
  return (after === CODE_PERCENT || after === CODE_BACKSLASH || after === CODE_AMPERSAND) && TEST.every((c, k) => codeAt(i + 4 + k) === c);
}

// rules/iac/hardcoded-token.ts
init_mask();
var hardcodedToken = definePolicy({
  id: "iac/hardcoded-token",
  severity: "error",
  description: "A token value written in a token configuration or anywhere in the Terraform and manifests `iac` reads.",
  remediation: "Remove the value from the configuration, revoke the token in the Monime dashboard, and pass the new one in a variable marked `sensitive = true` (or an environment variable) filled from a secret store (Vault, AWS Secrets Manager, \u2026).",
  check(config) {
    return config.strings.filter((s) => mayContainTokenText(s.value)).flatMap(
      (s) => detect(s.value).matches.map((m) => ({
        message: `"${config.label}" holds the ${m.kind} token ${maskToken(m.token)} in its configuration`,
        at: s.at,
        key: m.token,
        token: m.kind
      }))
    );
  },
  example: (t) => `tokens:
  - name: pass-no-value
    mode: live
    purpose: "created as mon_test_{{GENERATED}}"
  - name: fail-value
    mode: live
    purpose: "created as ${t.live()}"
`
});

// rules/iac/invalid-suppression.ts
var IGNORE = ["monime-guard", "ignore"].join("-");
var invalidSuppression = definePolicy({
  id: "iac/invalid-suppression",
  severity: "warning",
  description: "A `monime-guard-ignore` on a token configuration that suppresses nothing: no reason, no `--`, an unknown policy, or an `until` that is not a date.",
  remediation: "Write `monime-guard-ignore iac/<id> -- <reason> [until YYYY-MM-DD]`, naming a policy from the rule table, or remove the suppression.",
  check(config, { policyIds }) {
    return config.suppressions.flatMap((suppression) => {
      const what = suppression.ruleId ? `the monime-guard-ignore for ${suppression.ruleId} on "${config.label}"` : `the monime-guard-ignore on "${config.label}"`;
      if (!suppression.ruleId) return [{ message: `${what} names no policy`, at: suppression.at }];
      if (!policyIds.has(suppression.ruleId)) return [{ message: `${what} names no known policy`, at: suppression.at }];
      if (suppression.malformed) return [{ message: `${what} needs "--" before its reason`, at: suppression.at }];
      if (!suppression.reason) return [{ message: `${what} gives no reason, so it suppresses nothing`, at: suppression.at }];
      if (suppression.until !== void 0 && !isCalendarDate(suppression.until))
        return [{ message: `${what} has "until ${suppression.until}", which is not a YYYY-MM-DD date`, at: suppression.at }];
      return [];
    });
  },
  example: () => `tokens:
  # monime-guard-ignore iac/no-expiry -- legacy checkout, replaced in the Q1 migration until 2099-03-31
  - name: pass-with-reason
    mode: live
    expiry: never
  # monime-guard-ignore iac/no-expiry
  - name: fail-no-reason
    mode: live
    expiry: never
  # ${IGNORE} iac/no-expiri -- typo in the id
  - name: fail-unknown-policy
    mode: live
    expiry: 1-year
`
});

// rules/iac/missing-ip-whitelist.ts
var missingIpWhitelist = definePolicy({
  id: "iac/missing-ip-whitelist",
  severity: "warning",
  description: "A live token with no IP whitelist; an error when it can write payouts.",
  remediation: "Whitelist your servers' addresses (single IPs or CIDR ranges), so a leaked token is useless elsewhere.",
  check(config) {
    if (config.mode !== "live") return [];
    if (config.ips !== void 0 && (!known(config.ips) || config.ips.length > 0)) return [];
    const payouts = known(config.roles) && config.roles.some((r) => r === "payouts:write" || r === "payouts:*" || r === "*" || r === "*:*");
    return [
      {
        message: `live token "${config.label}" has no IP whitelist${payouts ? " and can send payouts" : ""}`,
        ...payouts ? { severity: "error" } : {}
      }
    ];
  },
  example: () => `tokens:
  - name: pass-whitelisted
    mode: live
    whitelist: { ips: [203.0.113.45] }
  - name: fail-payouts
    mode: live
    roles: [payouts:write]
`
});

// rules/iac/missing-space-whitelist.ts
var missingSpaceWhitelist = definePolicy({
  id: "iac/missing-space-whitelist",
  severity: "warning",
  description: "A live token with no Space whitelist; an error when it has write roles.",
  remediation: "Whitelist the one Space (`spc-\u2026`) the token works in, so it cannot act on another.",
  check(config) {
    if (config.mode !== "live") return [];
    if (config.spaces !== void 0 && (!known(config.spaces) || config.spaces.length > 0)) return [];
    const writes = known(config.roles) && config.roles.some((r) => r.endsWith(":write") || r.endsWith(":*") || r === "*");
    return [
      { message: `live token "${config.label}" has no Space whitelist${writes ? " and can write" : ""}`, ...writes ? { severity: "error" } : {} }
    ];
  },
  example: () => `tokens:
  - name: pass-whitelisted
    mode: live
    whitelist: { spaces: [spc-abc123] }
  - name: fail-writes
    mode: live
    roles: [payments:write]
`
});

// rules/iac/no-expiry.ts
var noExpiry = definePolicy({
  id: "iac/no-expiry",
  severity: "error",
  description: "A live token that never expires.",
  remediation: "Give the token an expiry (the vendor suggests rotating every 3 to 6 months) and rotate it before then.",
  check(config) {
    if (config.mode !== "live") return [];
    if (config.expiry === void 0) return [{ message: `live token "${config.label}" has no expiry set, so it never expires` }];
    return known(config.expiry) && config.expiry.kind === "never" ? [{ message: `live token "${config.label}" never expires`, field: "expiry" }] : [];
  },
  example: () => `tokens:
  - name: pass-website
    mode: live
    expiry: 1-year
  - name: pass-test-token
    mode: test
    expiry: never
  - name: fail-never
    mode: live
    expiry: never
  - name: fail-unset
    mode: live
`
});

// src/iac/catalogue.ts
var DEFAULT_SERVICES = [
  "payments",
  "payouts",
  "customers",
  "analytics",
  "payment-codes",
  "checkout-sessions",
  "financial-accounts",
  "financial-transactions",
  "internal-transfers",
  "webhooks"
];
function parseRole(role) {
  const at = role.indexOf(":");
  return at === -1 ? { service: role.trim(), action: "" } : { service: role.slice(0, at).trim(), action: role.slice(at + 1).trim() };
}

// rules/iac/over-scoped.ts
var overScoped = definePolicy({
  id: "iac/over-scoped",
  severity: "warning",
  description: "Write roles on more services than the limit, all services selected, services without roles, or roles outside the selected services.",
  remediation: "Give each application its own token with the fewest services and roles it needs.",
  options: {
    maxWriteServices: { type: "integer", description: "Most services a token may write to (default 2)." }
  },
  check(config, { options }) {
    const violations = [];
    const roles = known(config.roles) ? config.roles.map(parseRole) : [];
    const services = known(config.services) ? config.services : void 0;
    const maxWrite = Number(options.maxWriteServices ?? 2);
    const writeServices = [...new Set(roles.filter((r) => r.action === "write").map((r) => r.service))];
    if (writeServices.length > maxWrite)
      violations.push({
        message: `"${config.label}" can write to ${writeServices.length} services (${writeServices.join(", ")}); the limit is ${maxWrite}`,
        field: "roles",
        key: "write-services"
      });
    if (services?.some((s) => s === "*" || s.toLowerCase() === "all"))
      violations.push({ message: `"${config.label}" selects all services`, field: "services", key: "all" });
    if (services) {
      const withRoles = new Set(roles.map((r) => r.service));
      const everyService = withRoles.has("*");
      for (const service of services.filter((s) => !everyService && s !== "*" && s.toLowerCase() !== "all" && !withRoles.has(s))) {
        violations.push({ message: `"${config.label}" selects the service ${service} but gives it no role`, field: "services", key: service });
      }
      for (const role of roles.filter((r) => r.service !== "*" && !services.includes(r.service) && !services.includes("*"))) {
        violations.push({
          message: `"${config.label}" has the role ${role.service}:${role.action} outside its selected services`,
          field: "roles",
          key: `${role.service}:${role.action}`
        });
      }
    }
    return violations;
  },
  example: () => `tokens:
  - name: pass-narrow
    services: [payments]
    roles: [payments:read, payments:write]
  - name: fail-many-writes
    roles: [payments:write, payouts:write, customers:write]
  - name: fail-no-roles
    services: [payments, analytics]
    roles: [payments:read]
  - name: pass-wildcard-is-a-role
    services: [payments]
    roles: ["*"]
`
});

// rules/iac/test-mode-conflict.ts
var TWO_MONTHS = 60;
var testModeConflict = definePolicy({
  id: "iac/test-mode-conflict",
  severity: "error",
  description: "A test-mode token configured with settings test mode does not allow: whitelists, or an expiry other than two months.",
  remediation: "Remove the whitelists and the expiry from test tokens (the dashboard fixes them), or make the token live.",
  check(config) {
    if (config.mode !== "test") return [];
    const violations = [];
    if (known(config.spaces) && config.spaces.length > 0)
      violations.push({ message: `test token "${config.label}" has a Space whitelist, which test mode disables`, field: "spaces" });
    if (known(config.ips) && config.ips.length > 0)
      violations.push({ message: `test token "${config.label}" has an IP whitelist, which test mode disables`, field: "ips" });
    if (known(config.expiry) && !(config.expiry.kind === "days" && config.expiry.days === TWO_MONTHS)) {
      violations.push({ message: `test token "${config.label}" sets an expiry other than two months, which test mode fixes`, field: "expiry" });
    }
    return violations;
  },
  example: () => `tokens:
  - name: pass-test
    mode: test
    expiry: 2-months
  - name: fail-whitelist
    mode: test
    whitelist: { ips: [203.0.113.45] }
`
});

// rules/iac/undescriptive-name.ts
var GENERIC = /* @__PURE__ */ new Set([
  "token",
  "test",
  "new token",
  "my token",
  "api",
  "api key",
  "key",
  "secret",
  "temp",
  "tmp",
  "default",
  "access token",
  "monime",
  "monime token"
]);
var undescriptiveName = definePolicy({
  id: "iac/undescriptive-name",
  severity: "warning",
  description: "A token without a name, or with a generic one that does not say what uses it.",
  remediation: 'Name the token after what uses it ("Main Website Integration", "Inventory Sync Script"), so a leak can be traced and revoked.',
  check(config) {
    if (config.name === void 0) return [{ message: `the token at line ${config.at.line} has no name` }];
    if (!known(config.name)) return [];
    const name = config.name.trim().toLowerCase();
    return GENERIC.has(name) || name.length < 4 ? [{ message: `"${config.name}" does not say what uses the token`, field: "name" }] : [];
  },
  example: () => `tokens:
  - name: pass Inventory Sync Script
  - purpose: fail-no-name
  - name: token
    purpose: fail-generic
`
});

// src/closest-name.ts
function closest(name, candidates) {
  let best;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(name.toLowerCase(), candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
function distance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

// rules/iac/unknown-role.ts
var unknownRole = definePolicy({
  id: "iac/unknown-role",
  severity: "warning",
  description: "A role or service that is not in the catalogue of Monime services.",
  remediation: "Fix the spelling, or add the service to `rules.iac/unknown-role.options.services` in the config.",
  options: {
    services: { type: "strings", description: "Services to add to the default catalogue." }
  },
  check(config, { options }) {
    const catalogue = [...DEFAULT_SERVICES, ...options.services ?? []];
    const violations = [];
    const hint = (name) => {
      const guess = closest(name, catalogue);
      return guess ? `; did you mean ${guess}?` : "";
    };
    for (const role of known(config.roles) ? config.roles : []) {
      const { service, action } = parseRole(role);
      if (service === "*" || action === "*") continue;
      if (!catalogue.includes(service))
        violations.push({ message: `"${config.label}" has the role ${role}, whose service ${service} is unknown${hint(service)}`, field: "roles", key: role });
      else if (action !== "read" && action !== "write")
        violations.push({ message: `"${config.label}" has the role ${role}: the action must be read or write`, field: "roles", key: role });
    }
    for (const service of known(config.services) ? config.services : []) {
      if (service !== "*" && service.toLowerCase() !== "all" && !catalogue.includes(service))
        violations.push({ message: `"${config.label}" selects the unknown service ${service}${hint(service)}`, field: "services", key: service });
    }
    return violations;
  },
  example: () => `tokens:
  - name: pass-known
    services: [payments]
    roles: [payments:read]
  - name: fail-typo
    roles: [paymnets:read]
`
});

// rules/iac/wildcard-role.ts
var wildcardRole = definePolicy({
  id: "iac/wildcard-role",
  severity: "error",
  description: "A wildcard role (`*`, `*:*`, `<service>:*`) that grants more than the token needs.",
  remediation: "List the roles the application needs, one `<service>:<read|write>` at a time.",
  check(config) {
    if (!known(config.roles)) return [];
    return config.roles.filter((role) => role.trim() === "*" || role.trim().endsWith(":*")).map((role) => ({ message: `"${config.label}" has the wildcard role ${role}`, field: "roles", key: role }));
  },
  example: () => `tokens:
  - name: pass-payments
    roles: [payments:read]
  - name: fail-star
    roles: ["*"]
  - name: fail-service-star
    roles: ["payouts:*"]
`
});

// rules/live-token.ts
var liveToken = defineRule({
  id: "live-token",
  tokenKind: "live",
  severity: "error",
  description: "A live Monime access token (`mon_\u2026`) that can move real money.",
  remediation: "Revoke the token in the Monime dashboard, create a new one, and load it from a secret store or a server-side environment variable.",
  positive: [
    (t) => `MONIME_ACCESS_TOKEN=${t.live()}`,
    (t) => `const client = new Monime({ token: "${t.live()}" });`,
    (t) => `Authorization: Bearer ${t.live(40)}`,
    (t) => `  token: '${t.live()}' # rotate me`,
    (t) => `data:
  token: ${Buffer.from(t.live()).toString("base64")}`,
    (t) => `curl -u ${Buffer.from(`${t.live()}:`).toString("base64")}`,
    (t) => `url = "https://example.com/cb?token=${encodeURIComponent(t.live()).replace("_", "%5F")}"`,
    (t) => `{"token": "${t.live().replace("_", "\\u005f")}"}`
  ],
  negative: [
    () => "char mon_decimal_point; char *mon_thousands_sep; char mon_grouping;",
    () => "mon_allow_pool_delete = true",
    () => "daemon_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9f",
    () => "pokemon_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9f",
    () => `MONIME_ACCESS_TOKEN=mon_${"Y".repeat(31)}`,
    () => "MONIME_ACCESS_TOKEN=mon_<your-token>",
    () => "MONIME_ACCESS_TOKEN=mon_${MONIME_TOKEN}",
    () => 'token: "mon_{{ monime_token }}"',
    () => "token = mon_aB3d****wXy9",
    () => "token = mon_aB3d\u2026wXy9",
    () => "voici mon_token pour le test",
    () => "mon_getTransactionHistoryForAccount()",
    () => "mon_abcdefghijklmnopqrstuvwxyzABCDEF",
    () => `sha = "mon_${"0123456789abcdef".repeat(4)}"`
  ]
});

// rules/test-token.ts
var testToken = defineRule({
  id: "test-token",
  tokenKind: "test",
  severity: "warning",
  description: "A Monime test-mode access token (`mon_test_\u2026`) that moves simulated money only.",
  remediation: "Test tokens cannot move real money, but they still open your test Space: load them from the environment and revoke any that were pushed.",
  positive: [
    (t) => `MONIME_ACCESS_TOKEN=${t.test()}`,
    (t) => `export const token = \`${t.test(32)}\`;`,
    (t) => `apiKey: ${t.test()}`,
    (t) => `env: ${Buffer.from(`MONIME_ACCESS_TOKEN=${t.test()}
`).toString("base64url")}`,
    (t) => `"token":"${t.test().replaceAll("_", "\\x5f")}"`
  ],
  negative: [
    () => `MONIME_ACCESS_TOKEN=mon_test_${"X".repeat(31)}`,
    () => `MONIME_ACCESS_TOKEN=mon_test_${"x".repeat(64)}`,
    () => "common_test_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9f",
    () => "mon_test_speed_desc_base_immobile",
    () => "token: mon_test_aB3d****wXy9",
    () => "MONIME_ACCESS_TOKEN=mon_test_...",
    () => "MONIME_ACCESS_TOKEN=mon_test_\u2026",
    () => "id = mon_test_42",
    () => 'MONIME_ACCESS_TOKEN="mon_test_<token>"',
    () => `mon_test_${"ABCDEFGHIJKLMNOPQRSTUVWXYZ"}`,
    () => `mon_test_${"aB3".repeat(12)}`
  ]
});

// rules/index.ts
var tokenRules = [liveToken, testToken];
var exposureRules = [clientExposedToken];
var policyRules = [
  noExpiry,
  expiryTooLong,
  wildcardRole,
  overScoped,
  unknownRole,
  missingSpaceWhitelist,
  missingIpWhitelist,
  broadIpWhitelist,
  testModeConflict,
  hardcodedToken,
  undescriptiveName,
  invalidSuppression
];
var rules = [...tokenRules, ...exposureRules, ...policyRules];
function findRule(id) {
  return rules.find((rule) => rule.id === id);
}

// src/reporters/messages.ts
init_order();
var RULE_DOCS_BASE = "https://github.com/monime-guard/monime-guard/blob/main/rules/";
var TOOL_HOME = "https://github.com/monime-guard/monime-guard";
var TOOL_NAME = "monime-guard";
var ENCODING_PHRASES = {
  base64: "base64-encoded",
  base64url: "base64url-encoded",
  "double-base64": "base64-encoded twice",
  percent: "percent-encoded",
  "unicode-escape": "written with \\u escapes",
  "hex-escape": "written with \\x escapes",
  "html-entity": "written with HTML character references",
  "mixed-escape": "written with mixed escapes"
};
function placeOf(finding) {
  const repository = repositoryOf(finding);
  return repository === void 0 ? finding.path : `[${repository}] ${finding.path}`;
}
function describeEncoding(encoding) {
  return ENCODING_PHRASES[encoding] ?? encoding;
}
function kindWord(finding) {
  return finding.tokenKind === "live" ? "Live" : "Test";
}
var EXPOSURE_ROUTES = {
  bundle: "in build output",
  "env-file": "by its client prefix",
  "next-config-env": "by next.config `env`",
  "vite-define": "by Vite `define`",
  "webpack-define": "by webpack DefinePlugin",
  "webpack-environment": "by webpack EnvironmentPlugin"
};
function describeExposure(finding) {
  const exposure = finding.exposure;
  const route = exposure ? ` ${EXPOSURE_ROUTES[exposure.via] ?? `(${exposure.via})`}` : "";
  if (finding.tokenKind) {
    const variable = exposure?.variable ? ` in ${exposure.variable}` : "";
    if (exposure?.via === "bundle") return `${kindWord(finding)} Monime token ${finding.masked} is shipped to clients in build output`;
    return `${kindWord(finding)} Monime token ${finding.masked}${variable} is inlined into client-side code${route}`;
  }
  return `Monime credential variable ${exposure?.variable ?? finding.masked} is inlined into client-side code${route}`;
}
var MESSAGES = {
  "live-token": (f) => `Live Monime token ${f.masked} found`,
  "test-token": (f) => `Test Monime token ${f.masked} found`,
  "client-exposed-token": describeExposure
};
function describeFinding(finding) {
  if (finding.detail !== void 0) return finding.detail;
  const build2 = MESSAGES[finding.ruleId];
  const base = build2 ? build2(finding) : `${kindWord(finding)} Monime token ${finding.masked} reported by rule ${finding.ruleId}`;
  const placed = finding.place === "path" ? `${base} in the path itself (a file's or a directory's name), so the path is shown masked` : base;
  const encoded = finding.encoding ? `${placed} (${describeEncoding(finding.encoding)})` : placed;
  const related = (finding.related ?? []).map(describeRelated).join("");
  const located = finding.git ? `${encoded}${related} ${describeGitOrigin(finding.git)}` : `${encoded}${related}`;
  return finding.verification ? `${located}; ${describeVerification(finding.verification)}` : located;
}
function describeVerification(verification) {
  const detail = verification.detail ? ` (${verification.detail})` : "";
  switch (verification.state) {
    case "active":
      return `ACTIVE${verification.environment ? ` (${verification.environment})` : ""}: revoke it in the Monime dashboard now${detail}`;
    case "inactive":
      return `inactive (revoked, expired or never valid)${detail}`;
    case "unknown":
      return `not verified (${verification.reason ?? "no answer"})${detail}`;
  }
}
function describeRelated(location) {
  const where = `${location.path}:${location.line}:${location.column}`;
  return location.role === "original source" ? ` (from ${where})` : ` (in the source map ${location.path})`;
}
function describeGitOrigin(git2) {
  if (git2.commit === "") return "in a staged change";
  const who = [git2.author, git2.date?.slice(0, 10)].filter((part) => part !== void 0 && part !== "").join(", ");
  const where = `${git2.source === "message" ? "in the message of commit" : "in commit"} ${git2.commit.slice(0, 12)}${who ? ` (${who})` : ""}`;
  const others = git2.otherOccurrences > 0 ? `; also in ${git2.otherOccurrences} other commit${git2.otherOccurrences === 1 ? "" : "s"} or path${git2.otherOccurrences === 1 ? "" : "s"}` : "";
  const historyOnly = !git2.historyOnly ? "" : git2.unpushed ? "; a later commit deletes it, but the push would still send this commit: rewrite the commits before pushing" : "; in history only: revoke it, deleting it from the code does not un-leak it";
  return `${where}${others}${historyOnly}`;
}
function ruleName(id) {
  return id.split(/[^A-Za-z0-9]+/).filter((part) => part.length > 0).map((part) => part[0].toUpperCase() + part.slice(1)).join("");
}
function ruleHelpUri(id) {
  return `${RULE_DOCS_BASE}${id.split("/").map(encodeURIComponent).join("/")}.md`;
}
function describeRule(id) {
  const helpUri = ruleHelpUri(id);
  const rule = findRule(id);
  if (rule) {
    return {
      id,
      name: ruleName(id),
      description: rule.description,
      remediation: rule.remediation,
      defaultSeverity: rule.severity,
      helpUri,
      known: true
    };
  }
  return {
    id,
    name: ruleName(id) || "Rule",
    description: `A finding of the monime-guard rule \`${id}\`.`,
    remediation: "See the rule's documentation for what to do.",
    helpUri,
    known: false
  };
}

// src/reporters/github.ts
init_order();

// src/scan/threshold.ts
function carriesToken(finding) {
  if (finding.tokenKind === void 0) return false;
  return !finding.ruleId.startsWith("iac/") || finding.ruleId === "iac/hardcoded-token";
}
function exceedsThreshold(finding, failOn) {
  switch (failOn) {
    case "none":
      return false;
    case "live":
      return finding.tokenKind === "live";
    case "test":
      return finding.tokenKind === "live" || carriesToken(finding);
    case "any":
      return true;
    case "active":
      return finding.verification?.state === "active";
  }
}

// src/reporters/summary.ts
var SEVERITY_ORDER = ["error", "warning", "note"];
function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
function describeFindingCounts(findings) {
  if (findings.length === 0) return "No findings";
  const counts = countBySeverity(findings);
  const parts = SEVERITY_ORDER.filter((severity) => counts[severity] > 0).map((severity) => plural(counts[severity], severity));
  return `${plural(findings.length, "finding")} (${parts.join(", ")})`;
}
function countUnchecked(warnings) {
  return warnings.filter((warning) => warning.level === "error").length;
}
function describeVerdict(findings, warnings, failOn) {
  const unchecked = countUnchecked(warnings);
  const counts = describeFindingCounts(findings);
  const found2 = unchecked === 0 ? counts : `Incomplete: ${plural(unchecked, "input")} could not be checked; ${counts.charAt(0).toLowerCase()}${counts.slice(1)} in the rest`;
  return [found2, describeFailOn(findings, failOn)].filter((part) => part !== "").join("; ");
}
function describeFailOn(findings, failOn) {
  if (failOn === void 0) return "";
  if (failOn === "none") return "--fail-on none: the scan does not fail on findings";
  const failing = findings.filter((finding) => exceedsThreshold(finding, failOn)).length;
  return failing === 0 ? `none at or above --fail-on ${failOn}` : `${failing} at or above --fail-on ${failOn}`;
}
function formatBytes(bytes) {
  if (bytes < 1e3) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  return `${(ms / 1e3).toFixed(1)} s`;
}
function describeStats(stats) {
  const scanned = `Scanned ${plural(stats.filesScanned, "file")} (${formatBytes(stats.bytesScanned)}) in ${formatDuration(stats.durationMs)}`;
  const details = [
    `${plural(stats.binarySkipped, "binary file")} skipped`,
    ...stats.ignoredEnvFiles ? [`${plural(stats.ignoredEnvFiles, "git-ignored .env file")} read for client-exposed variables`] : [],
    plural(stats.warnings, "warning"),
    `${stats.baselined} baselined`,
    `${stats.allowed} allowed`,
    `${stats.ignoredInline} ignored inline`
  ];
  return `${scanned}; ${details.join(", ")}`;
}

// src/reporters/github.ts
var COMMANDS = {
  error: "error",
  warning: "warning",
  note: "notice"
};
function escapeGithubData(text2) {
  return text2.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeGithubProperty(text2) {
  return escapeGithubData(text2).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function command(name, properties, message) {
  const props = properties.filter((entry) => entry[1] !== void 0).map(([key, value]) => `${key}=${escapeGithubProperty(String(value))}`).join(",");
  return `::${name}${props ? ` ${props}` : ""}::${escapeGithubData(message)}`;
}
function findingCommand(finding) {
  if (repositoryOf(finding) !== void 0) {
    return command(
      COMMANDS[finding.severity],
      [["title", `${TOOL_NAME}: ${finding.ruleId}`]],
      `${placeOf(finding)}:${finding.span.start.line}: ${describeFinding(finding)}`
    );
  }
  if (finding.git?.source === "message") {
    return command(COMMANDS[finding.severity], [["title", `${TOOL_NAME}: ${finding.ruleId}`]], describeFinding(finding));
  }
  const { start, end } = finding.span;
  const sameLine = start.line === end.line;
  const endColumn = Math.max(start.column, end.column - 1);
  return command(
    COMMANDS[finding.severity],
    [
      ["file", finding.path],
      ["line", start.line],
      ["endLine", end.line],
      ["col", sameLine ? start.column : void 0],
      ["endColumn", sameLine ? endColumn : void 0],
      ["title", `${TOOL_NAME}: ${finding.ruleId}`]
    ],
    describeFinding(finding)
  );
}
function warningCommand(warning) {
  return command(warning.level === "error" ? "error" : "warning", [["title", `${TOOL_NAME}: ${warning.code}`]], `${warning.path}: ${warning.message}`);
}
function toGithub(result, ctx) {
  const headline = describeVerdict(result.findings, result.warnings, ctx.failOn);
  const lines = [
    ...result.findings.map(findingCommand),
    ...result.warnings.map(warningCommand),
    command("notice", [["title", `${TOOL_NAME} ${ctx.toolVersion}`]], `${headline}. ${describeStats(result.stats)}`)
  ];
  return `${lines.join("\n")}
`;
}

// src/reporters/control-chars.ts
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function escapeControlChars(text2) {
  return text2.replace(UNSAFE, (char) => {
    const named = NAMED[char];
    if (named) return named;
    const code = char.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

// src/reporters/markdown.ts
var MARKDOWN_MAX_BYTES = 1024 * 1024;
var COMMENT_MARKER = "<!-- monime-guard-report -->";
var MARKDOWN_PUNCTUATION = /[\\`*_[\]|~]/g;
function escapeMarkdownText(text2) {
  return escapeControlChars(text2).replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
function codeSpan(text2, inTable) {
  let content = escapeControlChars(text2);
  if (content === "") return "";
  if (inTable) {
    content = content.replaceAll("\\|", "\\\u200B|").replaceAll("|", "\\|");
  }
  let longestRun = 0;
  for (const match2 of content.matchAll(/`+/g)) longestRun = Math.max(longestRun, match2[0].length);
  const fence = "`".repeat(longestRun + 1);
  const pad = /^[ `]|[ `]$/.test(content) ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
function utf8Length(text2) {
  let bytes = 0;
  for (let i = 0; i < text2.length; i += 1) {
    const code = text2.charCodeAt(i);
    if (code < 128) bytes += 1;
    else if (code < 2048) bytes += 2;
    else if (code >= 55296 && code <= 56319 && i + 1 < text2.length) {
      const next = text2.charCodeAt(i + 1);
      if (next >= 56320 && next <= 57343) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
function linesLength(lines) {
  return lines.reduce((total, line) => total + utf8Length(line) + 1, 0);
}
function countFitting(sizes, budget) {
  let used = 0;
  for (let i = 0; i < sizes.length; i += 1) {
    used += sizes[i];
    if (used > budget) return i;
  }
  return sizes.length;
}
function sumOf(sizes, count) {
  let total = 0;
  for (let i = 0; i < count; i += 1) total += sizes[i];
  return total;
}
var TABLE_HEAD = ["| Severity | Rule | Location | Token | Encoding |", "| --- | --- | --- | --- | --- |"];
function findingRow(finding) {
  const cells = [
    finding.severity === "error" ? "**error**" : finding.severity,
    codeSpan(finding.ruleId, true),
    codeSpan(`${placeOf(finding)}:${finding.span.start.line}`, true) + gitNote(finding),
    codeSpan(finding.masked, true),
    finding.encoding ? escapeMarkdownText(describeEncoding(finding.encoding)) : ""
  ];
  return `| ${cells.join(" | ")} |`;
}
function gitNote(finding) {
  const git2 = finding.git;
  if (!git2 || git2.commit === "") return "";
  return ` in ${codeSpan(git2.commit.slice(0, 12), true)}${git2.historyOnly && !git2.unpushed ? " (history only: revoke it)" : ""}`;
}
function warningItem(warning) {
  const level = warning.level === "error" ? "**could not check** " : "";
  return `- ${level}${codeSpan(warning.path, false)} (${escapeMarkdownText(warning.code)}): ${codeSpan(warning.message, false)}`;
}
function moreLine(count, noun) {
  return `_\u2026and ${count} more ${count === 1 ? noun : `${noun}s`}, not shown to keep this report under its size limit. The \`json\` and \`sarif\` formats list them all._`;
}
function toMarkdown(result, ctx, options = {}) {
  const maxBytes = options.maxBytes ?? MARKDOWN_MAX_BYTES;
  const verdict = describeVerdict(result.findings, result.warnings, ctx.failOn);
  const head = [COMMENT_MARKER, `## ${TOOL_NAME} report`, "", `**${verdict}**`, ""];
  const footer = [`<sub>${describeStats(result.stats)} \xB7 ${TOOL_NAME} ${escapeMarkdownText(ctx.toolVersion)}</sub>`];
  const rows = result.findings.map(findingRow);
  const items = result.warnings.map(warningItem);
  const unchecked = countUnchecked(result.warnings);
  const warningsHead = items.length > 0 ? [unchecked > 0 ? `### Could not check (${unchecked}) and warnings (${items.length - unchecked})` : `### Warnings (${items.length})`, ""] : [];
  const render = (rowCount, itemCount) => [
    ...head,
    ...rows.length > 0 ? [...TABLE_HEAD, ...rows.slice(0, rowCount), ""] : [],
    ...rowCount < rows.length ? [moreLine(rows.length - rowCount, "finding"), ""] : [],
    ...warningsHead,
    ...items.slice(0, itemCount),
    ...itemCount < items.length ? ["", moreLine(items.length - itemCount, "warning")] : [],
    ...items.length > 0 ? [""] : [],
    ...footer
  ];
  let lines = render(rows.length, items.length);
  if (linesLength(lines) > maxBytes) {
    const rowSizes = rows.map((row) => utf8Length(row) + 1);
    const itemSizes = items.map((item) => utf8Length(item) + 1);
    const available = Math.max(0, maxBytes - linesLength(render(0, 0)));
    const itemsReserve = Math.min(sumOf(itemSizes, itemSizes.length), Math.floor(available / 8));
    const rowCount = countFitting(rowSizes, available - itemsReserve);
    const itemCount = countFitting(itemSizes, available - sumOf(rowSizes, rowCount));
    lines = render(rowCount, itemCount);
    if (linesLength(lines) > maxBytes) lines = render(0, 0);
  }
  return lines.join("\n") + "\n";
}

// src/reporters/sarif.ts
init_mask();
init_order();
var SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var SARIF_FINGERPRINT_KEY = "monimeGuard/v1";
var SRCROOT = "%SRCROOT%";
var SECURITY_SEVERITY = { error: "9.0", warning: "5.0", note: "2.0" };
var ACTIVE_SECURITY_SEVERITY = "10.0";
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function encodePath(path19) {
  return redactTokens(path19).replace(LONE_SURROGATE, "\uFFFD").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function artifactLocation(path19) {
  if (/^https?:\/\/[^\s]+$/.test(path19)) return { uri: maskedUri(path19) };
  if (path19.startsWith("/")) return { uri: `file://${encodePath(path19)}` };
  const drive = /^([A-Za-z]):\//.exec(path19);
  if (drive) return { uri: `file:///${drive[1]}:/${encodePath(path19.slice(3))}` };
  return { uri: encodePath(path19), uriBaseId: SRCROOT };
}
function maskedUri(uri) {
  return redactTokens(uri).replaceAll("\u2026", "%E2%80%A6");
}
function provenance(result) {
  const entries = (result.repositories ?? (result.repository ? [result.repository] : [])).filter((repository) => repository.uri).map((repository) => ({
    repositoryUri: maskedUri(repository.uri),
    ...repository.revision ? { revisionId: repository.revision } : {},
    mappedTo: { uriBaseId: repository.name !== void 0 && result.repositories ? repository.name : SRCROOT }
  }));
  return entries.length > 0 ? { versionControlProvenance: entries } : {};
}
function inRepository(location, repository) {
  return repository !== void 0 && location.uriBaseId === SRCROOT ? { ...location, uriBaseId: repository } : location;
}
function mostSevere(severities) {
  return SEVERITY_ORDER.find((severity) => severities.includes(severity)) ?? "warning";
}
function toSarifRule(info, level) {
  return {
    id: info.id,
    name: info.name,
    shortDescription: { text: info.description },
    fullDescription: { text: `${info.description} ${info.remediation}` },
    help: {
      text: `${info.description}

${info.remediation}

Documentation: ${info.helpUri}`,
      markdown: `**${info.description}**

${info.remediation}

[Rule documentation](${info.helpUri})`
    },
    helpUri: info.helpUri,
    defaultConfiguration: { level },
    properties: {
      tags: info.id.startsWith("iac/") ? ["security", "iac", "configuration"] : ["security", "secret"],
      "security-severity": SECURITY_SEVERITY[level]
    }
  };
}
function collectRules(findings) {
  const rules2 = rules.map((rule) => toSarifRule(describeRule(rule.id), rule.severity));
  const known2 = new Set(rules.map((rule) => rule.id));
  const unknown = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (known2.has(finding.ruleId)) continue;
    const severities = unknown.get(finding.ruleId) ?? [];
    severities.push(finding.severity);
    unknown.set(finding.ruleId, severities);
  }
  for (const id of [...unknown.keys()].sort()) {
    rules2.push(toSarifRule(describeRule(id), mostSevere(unknown.get(id) ?? [])));
  }
  return rules2;
}
function toSarifResult(finding, ruleIndex, artifacts) {
  const { start, end } = finding.span;
  const location = finding.origin.kind === "message" ? { logicalLocations: [{ kind: "resource", name: "commit message", fullyQualifiedName: `${finding.origin.commit}:message` }] } : {
    physicalLocation: {
      artifactLocation: { ...inRepository(artifactLocation(finding.path), repositoryOf(finding)), ...artifacts.indexOf(finding) },
      region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column }
    }
  };
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.severity,
    message: { text: describeFinding(finding) },
    locations: [location],
    ...finding.related ? {
      relatedLocations: finding.related.map((r, i) => ({
        id: i + 1,
        message: { text: r.role },
        physicalLocation: { artifactLocation: artifactLocation(r.path), region: { startLine: r.line, startColumn: r.column } }
      }))
    } : {},
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: finding.fingerprint },
    properties: {
      confidence: finding.confidence,
      ...finding.tokenKind ? { tokenKind: finding.tokenKind } : {},
      ...finding.encoding ? { encoding: finding.encoding } : {},
      ...finding.git ? { git: { ...finding.git } } : {},
      ...finding.exposure ? { exposure: { ...finding.exposure } } : {},
      // A token the API says works now is the most urgent kind of finding there is.
      ...finding.verification ? { verification: { ...finding.verification } } : {},
      ...finding.verification?.state === "active" ? { "security-severity": ACTIVE_SECURITY_SEVERITY } : {}
    }
  };
}
function toSarifSuppression(suppression) {
  const where = suppression.by === "baseline" ? "accepted in the baseline file" : suppression.by === "allow" ? "allowed by the config" : "ignored by a monime-guard-ignore comment";
  return {
    kind: suppression.by === "inline" ? "inSource" : "external",
    status: "accepted",
    justification: suppression.reason ? `${redactTokens(suppression.reason)} (${where})` : where
  };
}
function toSarifNotification(warning) {
  return {
    level: warning.level === "error" ? "error" : "warning",
    message: { text: `${warning.path}: ${warning.message}` },
    descriptor: { id: warning.code },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(warning.path) } }]
  };
}
function withTrailingSlash(uri) {
  return uri.endsWith("/") ? uri : `${uri}/`;
}
function buildSarifLog(result, ctx) {
  const suppressed = result.suppressed ?? [];
  const rules2 = collectRules([...result.findings, ...suppressed]);
  const indexOf = new Map(rules2.map((rule, index) => [rule.id, index]));
  const notifications = result.warnings.map(toSarifNotification);
  const artifacts = new ArtifactTable();
  const run = {
    tool: {
      driver: { name: TOOL_NAME, version: ctx.toolVersion, informationUri: TOOL_HOME, rules: rules2 }
    },
    ...ctx.rootUri ? { originalUriBaseIds: { [SRCROOT]: { uri: withTrailingSlash(ctx.rootUri) } } } : {},
    ...provenance(result),
    columnKind: "utf16CodeUnits",
    invocations: [
      {
        // Per-file problems are warnings; an input that could not be checked at all means the run
        // did not do all it was asked to.
        executionSuccessful: !result.warnings.some((warning) => warning.level === "error"),
        ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}
      }
    ],
    results: [
      ...result.findings.map((finding) => toSarifResult(finding, indexOf.get(finding.ruleId) ?? 0, artifacts)),
      ...suppressed.map((finding) => ({
        ...toSarifResult(finding, indexOf.get(finding.ruleId) ?? 0, artifacts),
        suppressions: [toSarifSuppression(finding.suppression)]
      }))
    ]
  };
  if (artifacts.list.length > 0) run.artifacts = artifacts.list;
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
}
var ArtifactTable = class {
  list = [];
  known = /* @__PURE__ */ new Map();
  indexOf(finding) {
    const origin = finding.origin;
    if (origin.kind !== "file" && origin.kind !== "blob" || !origin.entry?.length) return {};
    let parent = this.add(JSON.stringify([origin.repository ?? "", origin.path]), inRepository(artifactLocation(origin.path), origin.repository));
    origin.entry.forEach((name, depth) => {
      const key = JSON.stringify([origin.repository ?? "", origin.path, ...origin.entry.slice(0, depth + 1)]);
      parent = this.add(key, { uri: encodePath(name) }, parent);
    });
    return { index: parent };
  }
  add(key, location, parentIndex) {
    const found2 = this.known.get(key);
    if (found2 !== void 0) return found2;
    this.list.push({ location, ...parentIndex === void 0 ? {} : { parentIndex } });
    this.known.set(key, this.list.length - 1);
    return this.list.length - 1;
  }
};
function toSarif(result, ctx) {
  return `${JSON.stringify(buildSarifLog(result, ctx), null, 2)}
`;
}

// src/scan/bundle.ts
init_errors();
import * as fs14 from "node:fs";
import * as path12 from "node:path";

// src/sources/source-maps.ts
import * as fs3 from "node:fs";
import * as path2 from "node:path";

// node_modules/@jridgewell/sourcemap-codec/dist/sourcemap-codec.mjs
var comma = ",".charCodeAt(0);
var semicolon = ";".charCodeAt(0);
var chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var intToChar = new Uint8Array(64);
var charToInt = new Uint8Array(128);
for (let i = 0; i < chars.length; i++) {
  const c = chars.charCodeAt(i);
  intToChar[i] = c;
  charToInt[c] = i;
}
function decodeInteger(reader) {
  let value = 0;
  let shift2 = 0;
  let integer = 0;
  do {
    const c = reader.next();
    integer = charToInt[c];
    value |= (integer & 31) << shift2;
    shift2 += 5;
  } while (integer & 32);
  return value;
}
function decodeSign(num) {
  return num & 1 ? -2147483648 | -(num >>> 1) : num >>> 1;
}
function hasMoreVlq(reader, max) {
  if (reader.pos >= max) return false;
  return reader.peek() !== comma;
}
var bufLength = 1024 * 16;
var StringReader = class {
  constructor(buffer) {
    this.pos = 0;
    this.buffer = buffer;
  }
  next() {
    return this.buffer.charCodeAt(this.pos++);
  }
  peek() {
    return this.buffer.charCodeAt(this.pos);
  }
  indexOf(char) {
    const { buffer, pos } = this;
    const idx = buffer.indexOf(char, pos);
    return idx === -1 ? buffer.length : idx;
  }
};
function decode(mappings) {
  const { length } = mappings;
  const reader = new StringReader(mappings);
  const decoded = [];
  let genColumn = 0;
  let sourcesIndex = 0;
  let sourceLine = 0;
  let sourceColumn = 0;
  let namesIndex = 0;
  do {
    const semi = reader.indexOf(";");
    const line = [];
    let sorted = true;
    let lastCol = 0;
    genColumn = 0;
    while (reader.pos < semi) {
      let seg;
      genColumn += decodeSign(decodeInteger(reader));
      if (genColumn < lastCol) sorted = false;
      lastCol = genColumn;
      if (hasMoreVlq(reader, semi)) {
        sourcesIndex += decodeSign(decodeInteger(reader));
        sourceLine += decodeSign(decodeInteger(reader));
        sourceColumn += decodeSign(decodeInteger(reader));
        if (hasMoreVlq(reader, semi)) {
          namesIndex += decodeSign(decodeInteger(reader));
          seg = [genColumn, sourcesIndex, sourceLine, sourceColumn, namesIndex];
        } else {
          seg = [genColumn, sourcesIndex, sourceLine, sourceColumn];
        }
      } else {
        seg = [genColumn];
      }
      line.push(seg);
      reader.pos++;
    }
    if (!sorted) sort(line);
    decoded.push(line);
    reader.pos = semi + 1;
  } while (reader.pos <= length);
  return decoded;
}
function sort(line) {
  line.sort(sortComparator);
}
function sortComparator(a, b) {
  return a[0] - b[0];
}

// node_modules/@jridgewell/resolve-uri/dist/resolve-uri.mjs
var schemeRegex = /^[\w+.-]+:\/\//;
var urlRegex = /^([\w+.-]+:)\/\/([^@/#?]*@)?(\[[^\]]+\]|[^:/#?]*)(:\d+)?(\/[^#?]*)?(\?[^#]*)?(#.*)?/;
var fileRegex = /^file:(?:\/\/((?![a-z]:)[^/#?]*)?)?(\/?[^#?]*)(\?[^#]*)?(#.*)?/i;
function isAbsoluteUrl(input2) {
  return schemeRegex.test(input2);
}
function isSchemeRelativeUrl(input2) {
  return input2.startsWith("//");
}
function isAbsolutePath(input2) {
  return input2.startsWith("/");
}
function isFileUrl(input2) {
  return input2.startsWith("file:");
}
function isRelative(input2) {
  return /^[.?#]/.test(input2);
}
function parseAbsoluteUrl(input2) {
  const match2 = urlRegex.exec(input2);
  return makeUrl(match2[1], match2[2] || "", match2[3], match2[4] || "", match2[5] || "/", match2[6] || "", match2[7] || "");
}
function parseFileUrl(input2) {
  const match2 = fileRegex.exec(input2);
  const path19 = match2[2];
  return makeUrl("file:", "", match2[1] || "", "", isAbsolutePath(path19) ? path19 : "/" + path19, match2[3] || "", match2[4] || "");
}
function makeUrl(scheme, user, host, port, path19, query, hash) {
  return {
    scheme,
    user,
    host,
    port,
    path: path19,
    query,
    hash,
    type: 7
  };
}
function parseUrl(input2) {
  if (isSchemeRelativeUrl(input2)) {
    const url2 = parseAbsoluteUrl("http:" + input2);
    url2.scheme = "";
    url2.type = 6;
    return url2;
  }
  if (isAbsolutePath(input2)) {
    const url2 = parseAbsoluteUrl("http://foo.com" + input2);
    url2.scheme = "";
    url2.host = "";
    url2.type = 5;
    return url2;
  }
  if (isFileUrl(input2))
    return parseFileUrl(input2);
  if (isAbsoluteUrl(input2))
    return parseAbsoluteUrl(input2);
  const url = parseAbsoluteUrl("http://foo.com/" + input2);
  url.scheme = "";
  url.host = "";
  url.type = input2 ? input2.startsWith("?") ? 3 : input2.startsWith("#") ? 2 : 4 : 1;
  return url;
}
function stripPathFilename(path19) {
  if (path19.endsWith("/.."))
    return path19;
  const index = path19.lastIndexOf("/");
  return path19.slice(0, index + 1);
}
function mergePaths(url, base) {
  normalizePath(base, base.type);
  if (url.path === "/") {
    url.path = base.path;
  } else {
    url.path = stripPathFilename(base.path) + url.path;
  }
}
function normalizePath(url, type) {
  const rel = type <= 4;
  const pieces = url.path.split("/");
  let pointer = 1;
  let positive = 0;
  let addTrailingSlash = false;
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i];
    if (!piece) {
      addTrailingSlash = true;
      continue;
    }
    addTrailingSlash = false;
    if (piece === ".")
      continue;
    if (piece === "..") {
      if (positive) {
        addTrailingSlash = true;
        positive--;
        pointer--;
      } else if (rel) {
        pieces[pointer++] = piece;
      }
      continue;
    }
    pieces[pointer++] = piece;
    positive++;
  }
  let path19 = "";
  for (let i = 1; i < pointer; i++) {
    path19 += "/" + pieces[i];
  }
  if (!path19 || addTrailingSlash && !path19.endsWith("/..")) {
    path19 += "/";
  }
  url.path = path19;
}
function resolve2(input2, base) {
  if (!input2 && !base)
    return "";
  const url = parseUrl(input2);
  let inputType = url.type;
  if (base && inputType !== 7) {
    const baseUrl = parseUrl(base);
    const baseType = baseUrl.type;
    switch (inputType) {
      case 1:
        url.hash = baseUrl.hash;
      // fall through
      case 2:
        url.query = baseUrl.query;
      // fall through
      case 3:
      case 4:
        mergePaths(url, baseUrl);
      // fall through
      case 5:
        url.user = baseUrl.user;
        url.host = baseUrl.host;
        url.port = baseUrl.port;
      // fall through
      case 6:
        url.scheme = baseUrl.scheme;
    }
    if (baseType > inputType)
      inputType = baseType;
  }
  normalizePath(url, inputType);
  const queryHash = url.query + url.hash;
  switch (inputType) {
    // This is impossible, because of the empty checks at the start of the function.
    // case UrlType.Empty:
    case 2:
    case 3:
      return queryHash;
    case 4: {
      const path19 = url.path.slice(1);
      if (!path19)
        return queryHash || ".";
      if (isRelative(base || input2) && !isRelative(path19)) {
        return "./" + path19 + queryHash;
      }
      return path19 + queryHash;
    }
    case 5:
      return url.path + queryHash;
    default:
      return url.scheme + "//" + url.user + url.host + url.port + url.path + queryHash;
  }
}

// node_modules/@jridgewell/trace-mapping/dist/trace-mapping.mjs
function stripFilename(path19) {
  if (!path19) return "";
  const index = path19.lastIndexOf("/");
  return path19.slice(0, index + 1);
}
function resolver(mapUrl, sourceRoot) {
  const from = stripFilename(mapUrl);
  const prefix2 = sourceRoot ? sourceRoot + "/" : "";
  return (source) => resolve2(prefix2 + (source || ""), from);
}
var COLUMN = 0;
var SOURCES_INDEX = 1;
var SOURCE_LINE = 2;
var SOURCE_COLUMN = 3;
var NAMES_INDEX = 4;
function maybeSort(mappings, owned) {
  const unsortedIndex = nextUnsortedSegmentLine(mappings, 0);
  if (unsortedIndex === mappings.length) return mappings;
  if (!owned) mappings = mappings.slice();
  for (let i = unsortedIndex; i < mappings.length; i = nextUnsortedSegmentLine(mappings, i + 1)) {
    mappings[i] = sortSegments(mappings[i], owned);
  }
  return mappings;
}
function nextUnsortedSegmentLine(mappings, start) {
  for (let i = start; i < mappings.length; i++) {
    if (!isSorted(mappings[i])) return i;
  }
  return mappings.length;
}
function isSorted(line) {
  for (let j = 1; j < line.length; j++) {
    if (line[j][COLUMN] < line[j - 1][COLUMN]) {
      return false;
    }
  }
  return true;
}
function sortSegments(line, owned) {
  if (!owned) line = line.slice();
  return line.sort(sortComparator2);
}
function sortComparator2(a, b) {
  return a[COLUMN] - b[COLUMN];
}
var found = false;
function binarySearch(haystack, needle, low, high) {
  while (low <= high) {
    const mid = low + (high - low >> 1);
    const cmp = haystack[mid][COLUMN] - needle;
    if (cmp === 0) {
      found = true;
      return mid;
    }
    if (cmp < 0) {
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  found = false;
  return low - 1;
}
function upperBound(haystack, needle, index) {
  for (let i = index + 1; i < haystack.length; index = i++) {
    if (haystack[i][COLUMN] !== needle) break;
  }
  return index;
}
function lowerBound(haystack, needle, index) {
  for (let i = index - 1; i >= 0; index = i--) {
    if (haystack[i][COLUMN] !== needle) break;
  }
  return index;
}
function memoizedState() {
  return {
    lastKey: -1,
    lastNeedle: -1,
    lastIndex: -1
  };
}
function memoizedBinarySearch(haystack, needle, state, key) {
  const { lastKey, lastNeedle, lastIndex } = state;
  let low = 0;
  let high = haystack.length - 1;
  if (key === lastKey) {
    if (needle === lastNeedle) {
      found = lastIndex !== -1 && haystack[lastIndex][COLUMN] === needle;
      return lastIndex;
    }
    if (needle >= lastNeedle) {
      low = lastIndex === -1 ? 0 : lastIndex;
    } else {
      high = lastIndex;
    }
  }
  state.lastKey = key;
  state.lastNeedle = needle;
  return state.lastIndex = binarySearch(haystack, needle, low, high);
}
function parse(map) {
  return typeof map === "string" ? JSON.parse(map) : map;
}
var FlattenMap = function(map, mapUrl) {
  const parsed = parse(map);
  if (!("sections" in parsed)) {
    return new TraceMap(parsed, mapUrl);
  }
  const mappings = [];
  const sources = [];
  const sourcesContent = [];
  const names = [];
  const ignoreList = [];
  recurse(
    parsed,
    mapUrl,
    mappings,
    sources,
    sourcesContent,
    names,
    ignoreList,
    0,
    0,
    Infinity,
    Infinity
  );
  const joined = {
    version: 3,
    file: parsed.file,
    names,
    sources,
    sourcesContent,
    mappings,
    ignoreList
  };
  return presortedDecodedMap(joined);
};
function recurse(input2, mapUrl, mappings, sources, sourcesContent, names, ignoreList, lineOffset, columnOffset, stopLine, stopColumn) {
  const { sections } = input2;
  for (let i = 0; i < sections.length; i++) {
    const { map, offset } = sections[i];
    let sl = stopLine;
    let sc = stopColumn;
    if (i + 1 < sections.length) {
      const nextOffset = sections[i + 1].offset;
      sl = Math.min(stopLine, lineOffset + nextOffset.line);
      if (sl === stopLine) {
        sc = Math.min(stopColumn, columnOffset + nextOffset.column);
      } else if (sl < stopLine) {
        sc = columnOffset + nextOffset.column;
      }
    }
    addSection(
      map,
      mapUrl,
      mappings,
      sources,
      sourcesContent,
      names,
      ignoreList,
      lineOffset + offset.line,
      columnOffset + offset.column,
      sl,
      sc
    );
  }
}
function addSection(input2, mapUrl, mappings, sources, sourcesContent, names, ignoreList, lineOffset, columnOffset, stopLine, stopColumn) {
  const parsed = parse(input2);
  if ("sections" in parsed) return recurse(...arguments);
  const map = new TraceMap(parsed, mapUrl);
  const sourcesOffset = sources.length;
  const namesOffset = names.length;
  const decoded = decodedMappings(map);
  const { resolvedSources, sourcesContent: contents, ignoreList: ignores } = map;
  append(sources, resolvedSources);
  append(names, map.names);
  if (contents) append(sourcesContent, contents);
  else for (let i = 0; i < resolvedSources.length; i++) sourcesContent.push(null);
  if (ignores) for (let i = 0; i < ignores.length; i++) ignoreList.push(ignores[i] + sourcesOffset);
  for (let i = 0; i < decoded.length; i++) {
    const lineI = lineOffset + i;
    if (lineI > stopLine) return;
    const out = getLine(mappings, lineI);
    const cOffset = i === 0 ? columnOffset : 0;
    const line = decoded[i];
    for (let j = 0; j < line.length; j++) {
      const seg = line[j];
      const column = cOffset + seg[COLUMN];
      if (lineI === stopLine && column >= stopColumn) return;
      if (seg.length === 1) {
        out.push([column]);
        continue;
      }
      const sourcesIndex = sourcesOffset + seg[SOURCES_INDEX];
      const sourceLine = seg[SOURCE_LINE];
      const sourceColumn = seg[SOURCE_COLUMN];
      out.push(
        seg.length === 4 ? [column, sourcesIndex, sourceLine, sourceColumn] : [column, sourcesIndex, sourceLine, sourceColumn, namesOffset + seg[NAMES_INDEX]]
      );
    }
  }
}
function append(arr, other) {
  for (let i = 0; i < other.length; i++) arr.push(other[i]);
}
function getLine(arr, index) {
  for (let i = arr.length; i <= index; i++) arr[i] = [];
  return arr[index];
}
var LINE_GTR_ZERO = "`line` must be greater than 0 (lines start at line 1)";
var COL_GTR_EQ_ZERO = "`column` must be greater than or equal to 0 (columns start at column 0)";
var LEAST_UPPER_BOUND = -1;
var GREATEST_LOWER_BOUND = 1;
var TraceMap = class {
  constructor(map, mapUrl) {
    const isString = typeof map === "string";
    if (!isString && map._decodedMemo) return map;
    const parsed = parse(map);
    const { version, file, names, sourceRoot, sources, sourcesContent } = parsed;
    this.version = version;
    this.file = file;
    this.names = names || [];
    this.sourceRoot = sourceRoot;
    this.sources = sources;
    this.sourcesContent = sourcesContent;
    this.ignoreList = parsed.ignoreList || parsed.x_google_ignoreList || void 0;
    const resolve11 = resolver(mapUrl, sourceRoot);
    this.resolvedSources = sources.map(resolve11);
    const { mappings } = parsed;
    if (typeof mappings === "string") {
      this._encoded = mappings;
      this._decoded = void 0;
    } else if (Array.isArray(mappings)) {
      this._encoded = void 0;
      this._decoded = maybeSort(mappings, isString);
    } else if (parsed.sections) {
      throw new Error(`TraceMap passed sectioned source map, please use FlattenMap export instead`);
    } else {
      throw new Error(`invalid source map: ${JSON.stringify(parsed)}`);
    }
    this._decodedMemo = memoizedState();
    this._bySources = void 0;
    this._bySourceMemos = void 0;
  }
};
function cast(map) {
  return map;
}
function decodedMappings(map) {
  var _a;
  return (_a = cast(map))._decoded || (_a._decoded = decode(cast(map)._encoded));
}
function originalPositionFor(map, needle) {
  let { line, column, bias } = needle;
  line--;
  if (line < 0) throw new Error(LINE_GTR_ZERO);
  if (column < 0) throw new Error(COL_GTR_EQ_ZERO);
  const decoded = decodedMappings(map);
  if (line >= decoded.length) return OMapping(null, null, null, null);
  const segments = decoded[line];
  const index = traceSegmentInternal(
    segments,
    cast(map)._decodedMemo,
    line,
    column,
    bias || GREATEST_LOWER_BOUND
  );
  if (index === -1) return OMapping(null, null, null, null);
  const segment = segments[index];
  if (segment.length === 1) return OMapping(null, null, null, null);
  const { names, resolvedSources } = map;
  return OMapping(
    resolvedSources[segment[SOURCES_INDEX]],
    segment[SOURCE_LINE] + 1,
    segment[SOURCE_COLUMN],
    segment.length === 5 ? names[segment[NAMES_INDEX]] : null
  );
}
function presortedDecodedMap(map, mapUrl) {
  const tracer = new TraceMap(clone(map, []), mapUrl);
  cast(tracer)._decoded = map.mappings;
  return tracer;
}
function clone(map, mappings) {
  return {
    version: map.version,
    file: map.file,
    names: map.names,
    sourceRoot: map.sourceRoot,
    sources: map.sources,
    sourcesContent: map.sourcesContent,
    mappings,
    ignoreList: map.ignoreList || map.x_google_ignoreList
  };
}
function OMapping(source, line, column, name) {
  return { source, line, column, name };
}
function traceSegmentInternal(segments, memo, line, column, bias) {
  let index = memoizedBinarySearch(segments, column, memo, line);
  if (found) {
    index = (bias === LEAST_UPPER_BOUND ? upperBound : lowerBound)(segments, column, index);
  } else if (bias === LEAST_UPPER_BOUND) index++;
  if (index === -1 || index === segments.length) return -1;
  return index;
}

// src/sources/map-layout.ts
var QUOTE = 34;
var BACKSLASH2 = 92;
function skipString(bytes, at) {
  for (let i = bytes.indexOf(QUOTE, at + 1); i !== -1; i = bytes.indexOf(QUOTE, i + 1)) {
    let slashes = 0;
    for (let j = i - 1; bytes[j] === BACKSLASH2; j--) slashes++;
    if (slashes % 2 === 0) return i + 1;
  }
  throw new SyntaxError("unterminated string in source map");
}
function skipSpace(bytes, at) {
  let i = at;
  while (i < bytes.length && (bytes[i] === 32 || bytes[i] === 10 || bytes[i] === 13 || bytes[i] === 9)) i++;
  return i;
}
function skipValue(bytes, at) {
  const c = bytes[at];
  if (c === QUOTE) return skipString(bytes, at);
  if (c === 123 || c === 91) {
    let depth = 0;
    for (let i2 = at; i2 < bytes.length; i2++) {
      const b = bytes[i2];
      if (b === QUOTE) {
        i2 = skipString(bytes, i2) - 1;
      } else if (b === 123 || b === 91) {
        depth++;
      } else if (b === 125 || b === 93) {
        depth--;
        if (depth === 0) return i2 + 1;
      }
    }
    throw new SyntaxError("unterminated value in source map");
  }
  let i = at;
  while (i < bytes.length && bytes[i] !== 44 && bytes[i] !== 125 && bytes[i] !== 93) i++;
  return i;
}
function readMapLayout(bytes) {
  const layout = { sources: [], sourcesContent: [], sectioned: false };
  let i = skipSpace(bytes, bytes[0] === 239 ? 3 : 0);
  if (bytes[i] !== 123) throw new SyntaxError("a source map is a JSON object");
  i = skipSpace(bytes, i + 1);
  while (i < bytes.length && bytes[i] !== 125) {
    const keyEnd = skipString(bytes, i);
    const key = JSON.parse(bytes.toString("utf8", i, keyEnd));
    i = skipSpace(bytes, keyEnd);
    if (bytes[i] !== 58) throw new SyntaxError("expected : in source map");
    const valueStart = skipSpace(bytes, i + 1);
    const valueEnd = skipValue(bytes, valueStart);
    if (key === "mappings" && bytes[valueStart] === QUOTE) layout.mappings = [valueStart + 1, valueEnd - 1];
    else if (key === "sources") layout.sources = JSON.parse(bytes.toString("utf8", valueStart, valueEnd));
    else if (key === "sourceRoot") layout.sourceRoot = JSON.parse(bytes.toString("utf8", valueStart, valueEnd));
    else if (key === "sections") layout.sectioned = true;
    else if (key === "sourcesContent") layout.sourcesContent = arrayElements(bytes, valueStart, valueEnd);
    i = skipSpace(bytes, valueEnd);
    if (bytes[i] === 44) i = skipSpace(bytes, i + 1);
  }
  return layout;
}
function arrayElements(bytes, start, end) {
  const elements = [];
  let i = skipSpace(bytes, start + 1);
  while (i < end - 1) {
    const valueEnd = skipValue(bytes, i);
    elements.push(bytes[i] === QUOTE ? [i, valueEnd] : void 0);
    i = skipSpace(bytes, valueEnd);
    if (bytes[i] === 44) i = skipSpace(bytes, i + 1);
  }
  return elements;
}
var BASE64 = new Int8Array(128).fill(-1);
for (const [i, c] of [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"].entries()) BASE64[c.charCodeAt(0)] = i;
function lookupMappings(bytes, range2, queries) {
  const answers = queries.map(() => void 0);
  const order = queries.map((q, i) => ({ ...q, i })).sort((a, b) => a.line - b.line || a.column - b.column);
  let next = 0;
  let line = 1;
  let genColumn = 0;
  let source = 0;
  let origLine = 0;
  let origColumn = 0;
  const fields = [0, 0, 0, 0, 0];
  let field2 = 0;
  let value = 0;
  let shift2 = 0;
  const endSegment = () => {
    if (field2 === 0) return;
    genColumn += fields[0];
    if (field2 >= 4) {
      source += fields[1];
      origLine += fields[2];
      origColumn += fields[3];
      for (let k = next; k < order.length && order[k].line === line; k++) {
        if (order[k].column >= genColumn) answers[order[k].i] = { source, line: origLine + 1, column: origColumn };
      }
    }
    field2 = 0;
  };
  for (let i = range2[0]; i < range2[1] && next < order.length; i++) {
    const c = bytes[i];
    if (c === 44 || c === 59) {
      endSegment();
      if (c === 59) {
        line++;
        genColumn = 0;
        while (next < order.length && order[next].line < line) next++;
      }
      continue;
    }
    const digit2 = BASE64[c] ?? -1;
    if (digit2 < 0) throw new SyntaxError("invalid character in source map mappings");
    value += (digit2 & 31) << shift2;
    if (digit2 & 32) {
      shift2 += 5;
      continue;
    }
    if (field2 < fields.length) fields[field2] = value & 1 ? -(value >>> 1) : value >>> 1;
    field2++;
    value = 0;
    shift2 = 0;
  }
  endSegment();
  return answers;
}

// src/sources/source-maps.ts
function sourceMappingUrl(bytes) {
  const at = bytes.lastIndexOf("sourceMappingURL=");
  if (at === -1 || !/[#@]\s*$/.test(bytes.toString("latin1", Math.max(0, at - 4), at))) return void 0;
  let end = at + "sourceMappingURL=".length;
  while (end < bytes.length && !` 	\r
'"*`.includes(String.fromCharCode(bytes[end]))) end++;
  return bytes.toString("utf8", at + "sourceMappingURL=".length, end);
}
function readMap(bytes, dir, file) {
  try {
    const layout = readMapLayout(bytes);
    if (!layout.mappings && !layout.sectioned) return void 0;
    return { bytes, layout, dir, ...file ? { file } : {} };
  } catch {
    return void 0;
  }
}
function inlineMap(url, dir) {
  const comma2 = url.indexOf(",");
  const payload = url.slice(comma2 + 1);
  const bytes = /;base64$/.test(url.slice(0, comma2)) ? Buffer.from(payload, "base64") : Buffer.from(decodeURIComponent(payload));
  return readMap(bytes, dir);
}
function readMapFile(file, cache2 = {}) {
  if (cache2.file === file) return cache2.map;
  cache2.file = void 0;
  cache2.map = void 0;
  const map = readMap(fs3.readFileSync(file), path2.dirname(file), file);
  cache2.file = file;
  cache2.map = map;
  return map;
}
function loadSourceMap(file, bytes, cache2) {
  const dir = path2.dirname(file);
  const url = sourceMappingUrl(bytes);
  if (url?.startsWith("data:")) return inlineMap(url, dir);
  const candidates = [url && !/^[a-z]+:\/\//i.test(url) ? path2.resolve(dir, decodeURIComponent(url.split(/[?#]/)[0])) : void 0, `${file}.map`];
  for (const candidate of candidates) {
    if (!candidate || !fs3.existsSync(candidate)) continue;
    const loaded = readMapFile(candidate, cache2);
    if (loaded) return loaded;
  }
  return void 0;
}
function originalPositions(loaded, queries, root) {
  const { layout } = loaded;
  const sourceDir = path2.resolve(loaded.dir, layout.sourceRoot ?? "");
  if (layout.sectioned) {
    const map = new FlattenMap(loaded.bytes.toString("utf8"));
    return queries.map((q) => {
      const found2 = originalPositionFor(map, { line: q.line, column: q.column - 1 });
      if (found2.source === null || found2.line === null || found2.column === null) return void 0;
      return { source: resolveSource(found2.source, loaded.dir, root), line: found2.line, column: found2.column + 1 };
    });
  }
  const segments = lookupMappings(
    loaded.bytes,
    layout.mappings,
    queries.map((q) => ({ line: q.line, column: q.column - 1 }))
  );
  return segments.map((segment) => {
    const source = segment ? layout.sources[segment.source] : void 0;
    if (!segment || typeof source !== "string") return void 0;
    return { source: resolveSource(source, sourceDir, root), line: segment.line, column: segment.column + 1 };
  });
}
function resolveSource(source, dir, root) {
  if (source.startsWith("file://")) return decodeURIComponent(source.slice("file://".length));
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/]*\/?/i.exec(source);
  if (scheme) return path2.resolve(root, source.slice(scheme[0].length).replace(/^(\.\/)+/, ""));
  return path2.isAbsolute(source) ? source : path2.resolve(dir, source);
}

// src/sources/files.ts
import * as fs5 from "node:fs";
import * as path5 from "node:path";

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open2 = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open2.push(i);
    } else if (c === 125 && open2.length) {
      open2.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open2.length; i++) {
    const at = open2[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last);
  return out;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob, position, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re = foldCache.get(ch);
  if (!re) {
    re = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re);
  }
  return re;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code = c.charCodeAt(0);
  if (code >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code] ||= l.re.test(c) ? 1 : 2;
  return ascii[code] === 1;
};
var tokenize = (p, nocase, noext, form, mark) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        const start = i + m + mark.length;
        const end = p.indexOf(mark, start);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs.set(stack.pop(), i);
  });
  return pairs;
};
var build = (toks, pairs, start, end, top) => {
  let seq = [];
  const alts = [seq];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs, i + 1, close, false);
      seq.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq = []);
    } else if (tok.t === "open") {
      seq.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq.push(lit("|"));
    } else if (tok.t === "close") {
      seq.push(lit(")"));
    } else {
      seq.push(tok);
    }
  }
  return alts;
};
var normalize = (items, form) => {
  const out = [];
  let run = "";
  const flush = () => {
    for (const ch of run.normalize(form))
      out.push(lit(ch));
    run = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run += it.ch;
      continue;
    }
    flush();
    out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  flush();
  return out;
};
var compile = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
  const item = (it, next) => {
    switch (it.t) {
      case "lit":
        const re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    const alts = (next2) => it.alts.map((a) => seq(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next, entry);
    return it.type === "*" ? after : entry;
  };
  const start = seq(items, MATCH);
  return [start, id];
};
var show = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk(n.sub, indent + "  ");
        return walk(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk(n.next, indent);
  };
  walk(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has } = this.#marks;
    if (has[node.id] === state.gen)
      return false;
    has[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub = this.state();
        this.add(sub, node.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run, i, top) {
    for (const r of state.runs) {
      if (r.neg === run.neg && sameState(r.state, run.state))
        return;
    }
    state.runs.push(run);
    if (!run.state.match) {
      this.add(state, run.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run of state.runs) {
        if (run.state.dead) {
          this.addRun(next, run, i + 1, top);
          continue;
        }
        const sub = this.step(run.state, c, i, false);
        this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key = stateKey(state);
    const found2 = this.#states.get(key);
    if (found2)
      return found2;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key, d);
    this.#size += key.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code = c.charCodeAt(0);
    const found2 = code < 128 ? void 0 : d.next.get(c);
    if (found2)
      return found2;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars2, start, end) => {
  let ni = 0;
  let ci = start;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars2[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it of items) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars2, start) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars2[start + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern, options = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options;
    const { nocase = false, noext = false, normalize: n } = options;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal2 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize(pattern, nocase, noext || literal2, this.#form, options.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize(items, this.#form);
    const [start, size] = compile(items, nocase);
    this.#start = start;
    this.#size = size;
    if (items.every((it) => it.t === "lit")) {
      this.#literal = items.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items) {
        const l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        const l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars2) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars2 === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars2 = codePoints(s);
    }
    if (chars2 !== void 0 && (chars2.length < min || chars2.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars2 ??= codePoints(s);
        const end = chars2.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars2, 0) || !hasAffix(this.#suffix, chars2, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars2 ??= codePoints(s);
      const end = chars2.length - this.#suffix.length;
      return testLinear(this.#linear, chars2, prefix2, end);
    }
    chars2 ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars2.length; i++) {
        state = sim.step(state, chars2[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str = chars2 === s;
    for (let i = 0; i < chars2.length; i++) {
      if (d.dead)
        return false;
      const code = str ? s.charCodeAt(i) : chars2[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars2[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern, options) => {
  assertValidPattern(pattern);
  if (!options?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options).match(p);
};
var cache = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = {};
  for (const k in o)
    copy[k] = o[k];
  return copy;
};
var cachedMinimatch = (pattern, options) => {
  const key = options ? optionsKey(options) : 0;
  let mm = cache.get(key)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache;
    cache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache.get(key);
  if (!byPattern)
    cache.set(key, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path3 = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path3.win32.sep : path3.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern, start) => {
  let i = start + 1;
  if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      lit2 += pattern.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith("\\"))
        body = body.slice(1);
      if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host = p[h];
  const share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep6) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep6))
        return true;
    }
    const s = nextSep(f, k, sep6);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep6))
      k++;
  }
  return false;
};
var isSep = (c, sep6) => sep6 === "/" ? c === 47 : sep6 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep6) => {
  if (sep6 !== "both")
    return f.indexOf(sep6, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep6) => sep6 !== "both" ? f.lastIndexOf(sep6, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    const n = options.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row) => this.#rootIndex(row));
    this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
    this.#literals = this.set.map((row, r) => {
      const end = this.#endRows[r] ? row.length - 1 : row.length;
      const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row, r) => {
      const [p0, p1, p2] = row;
      if (this.#endRows[r] && row.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row[0]))
      return 0;
    const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row, i) => {
      for (let k = 0; k < row.length; k++) {
        if (row[k] === PENDING) {
          row[k] = this.parse(this.globParts[i][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row, i) => {
          if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key = pre[k] * R + suf[k + 1];
          const g = groups.get(key);
          if (g)
            g.push(i);
          else
            groups.set(key, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k]);
          const glob = `@(${alts.join("|")})`;
          if (extglobCount(glob) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob;
          this.set[first][k] = this.parse(glob);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i];
        const key = pre[k] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i];
        const key = suf[k + 1] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      const root = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep6 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row = this.set[r];
      const p = row[row.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep6);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep6))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep6) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep6)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep6))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row, shape === "head", dot, sep6);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        while (i < n && walkable(file[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row, head, dot, sep6) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep6))
      return "maybe";
    const x = row[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep6); e !== -1; e = nextSep(f, s, sep6)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep6))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep6))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep6))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize2 = this.#form;
    if (normalize2)
      parts = parts.map((p) => p.normalize(normalize2));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize2,
      parts
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      const root = this.#rootIndex(parts) + 1;
      let dd = root;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        const root = this.#rootIndex(parts) + 1;
        let dd = root;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts) => {
      const key = parts.join("/");
      if (keys.has(key))
        return false;
      keys.add(key);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts of rows) {
      const s = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        const c = [...parts];
        let ok = true;
        let changed = false;
        for (const i of s) {
          const p = parts[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      const host = pattern[ph];
      const share = pattern[ph + 1];
      if (typeof host !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved;
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        const f = String(file[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern, byStart);
    }
    const key = patternIndex * 2 + (partial ? 1 : 0);
    const found2 = byStart[key];
    if (found2)
      return found2;
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern.slice(lastgs + 1);
    const segments = [[[], 0]];
    let current = segments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts = { head, body, tail, segments };
    byStart[key] = parts;
    return parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, need] = bs;
    const after = partial ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key))
        return false;
      tried.add(key);
      const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi];
      let f = file[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code = 57344;
    while (pattern.includes(String.fromCharCode(code))) {
      if (++code > 63743)
        return this.braceExpand();
    }
    const mark = String.fromCharCode(code);
    let found2 = false;
    const marked = pattern.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found2 = true;
      return `${mark}${lo}..${hi}${mark}`;
    });
    if (!found2)
      return this.braceExpand();
    const set = braceExpand(marked, this.options);
    for (const p of set) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark;
    return set;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize2 } = options;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern);
      m = new Matcher(pattern, {
        nocase,
        noext,
        dot,
        normalize: normalize2,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? false : this.negate;
        if (can === "yes")
          return options.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set.length; r++) {
      const pattern = set[r];
      const shape = partial ? void 0 : this.#shapes[r];
      const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/sources/files.ts
init_errors();

// src/sources/git/run.ts
init_errors();
import { spawn, spawnSync } from "node:child_process";
import * as fs4 from "node:fs";
var gitEnv = (extra = {}) => ({
  ...process.env,
  ...extra,
  LC_ALL: "C",
  GIT_TERMINAL_PROMPT: "0",
  GIT_OPTIONAL_LOCKS: "0"
});
var GIT_PREFIX = ["-c", "core.quotePath=false", "-c", "color.ui=false", "--no-pager"];
function runGit(args, options) {
  const result = spawnSync("git", [...GIT_PREFIX, ...args], {
    cwd: options.cwd,
    env: gitEnv(),
    input: options.input,
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ["pipe", options.stdout ?? "pipe", "pipe"]
  });
  if (result.error) return { ran: false, error: result.error };
  return { ran: true, status: result.status ?? 128, stdout: result.stdout ?? Buffer.alloc(0), stderr: result.stderr };
}
function git(args, options) {
  const result = runGit(args, options);
  if (!result.ran) throw spawnError(result.error, options.cwd);
  if (result.status !== 0 && !(options.okCodes ?? []).includes(result.status)) {
    throw new SourceError(`git ${args[0] ?? ""} failed: ${lastLine(result.stderr) || `exit code ${result.status}`}`);
  }
  return { stdout: result.stdout, status: result.status };
}
function gitText(args, options) {
  return git(args, options).stdout.toString("utf8").replace(/\n$/, "");
}
function spawnGit(args, cwd) {
  return spawn("git", [...GIT_PREFIX, ...args], { cwd, env: gitEnv(), stdio: ["pipe", "pipe", "pipe"] });
}
function spawnError(error, cwd) {
  const code = errorCode(error);
  if (code === "ENOENT") {
    return new SourceError(fs4.existsSync(cwd) ? "git is not installed or not on PATH: install git to scan repositories" : `${cwd}: no such directory`);
  }
  return new SourceError(`cannot run git: ${code ?? error.message}`);
}
function lastLine(stderr) {
  const lines = stderr.toString().split("\n").map((l) => l.trim()).filter((l) => l !== "");
  return (lines.at(-1) ?? "").replace(/^(fatal|error):\s*/, "");
}

// src/exposure/client.ts
import * as path4 from "node:path";
var CLIENT_PREFIXES = ["NEXT_PUBLIC_", "NUXT_PUBLIC_", "EXPO_PUBLIC_", "VITE_", "REACT_APP_", "GATSBY_", "VUE_APP_", "STORYBOOK_", "PUBLIC_"];
function isMonimeCredentialName(name) {
  return /MONIME.*(TOKEN|KEY|SECRET)/i.test(name);
}
function clientPrefixOf(name) {
  return CLIENT_PREFIXES.find((prefix2) => name.toUpperCase().startsWith(prefix2));
}
function isEnvFile(file) {
  const base = path4.basename(file);
  return base === ".env" || base.startsWith(".env.");
}
function clientConfigKind(file) {
  const base = path4.basename(file);
  if (/^next\.config\.(js|cjs|mjs|ts|mts)$/.test(base)) return "next";
  if (/^vite\.config\.(js|cjs|mjs|ts|mts)$/.test(base)) return "vite";
  if (/^webpack\.([\w-]+\.)?config\.(js|cjs|mjs|ts)$/.test(base)) return "webpack";
  return void 0;
}
function findEnvExposures(text2) {
  const exposures = [];
  const line = /^\uFEFF?[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*[=:][ \t]*(.*)$/gm;
  for (let match2 = line.exec(text2); match2; match2 = line.exec(text2)) {
    const name = match2[1];
    const prefix2 = clientPrefixOf(name);
    if (!prefix2) continue;
    const start = match2.index + match2[0].indexOf(name);
    const valueStart = match2.index + match2[0].length - match2[2].length;
    const token = detect(match2[2]).matches[0];
    if (!token && !isMonimeCredentialName(name)) continue;
    exposures.push({
      variable: name,
      prefix: prefix2,
      via: "env-file",
      start,
      end: start + name.length,
      ...token ? { token: { ...token, start: token.start + valueStart, end: token.end + valueStart } } : {}
    });
  }
  return exposures;
}
function findConfigExposures(text2, kind) {
  const openers = kind === "next" ? [{ pattern: /\benv\s*:\s*\{/g, via: "next-config-env" }] : kind === "vite" ? [{ pattern: /\bdefine\s*:\s*\{/g, via: "vite-define" }] : [
    { pattern: /\bDefinePlugin\s*\(/g, via: "webpack-define" },
    { pattern: /\bEnvironmentPlugin\s*\(/g, via: "webpack-environment" }
  ];
  const exposures = [];
  for (const { pattern, via } of openers) {
    for (let match2 = pattern.exec(text2); match2; match2 = pattern.exec(text2)) {
      const open2 = match2.index + match2[0].length - 1;
      const close = matchingBracket(text2, open2);
      const names = /[A-Za-z_][A-Za-z0-9_]*/g;
      names.lastIndex = open2;
      const named = /* @__PURE__ */ new Set();
      for (let name = names.exec(text2); name && name.index < close; name = names.exec(text2)) {
        if (!isMonimeCredentialName(name[0]) || named.has(name[0])) continue;
        named.add(name[0]);
        const prefix2 = clientPrefixOf(name[0]);
        exposures.push({ variable: name[0], ...prefix2 ? { prefix: prefix2 } : {}, via, start: name.index, end: name.index + name[0].length });
      }
      const tokens = detect(text2.slice(open2, close)).matches;
      for (const token of tokens) {
        exposures.push({
          variable: "",
          via,
          start: open2 + token.start,
          end: open2 + token.end,
          token: { ...token, start: open2 + token.start, end: open2 + token.end }
        });
      }
    }
  }
  return dedupeByStart(exposures);
}
function matchingBracket(text2, open2) {
  const pairs = { "{": "}", "(": ")", "[": "]" };
  const stack = [];
  for (let i = open2; i < text2.length; i++) {
    const c = text2[i];
    if (c === '"' || c === "'" || c === "`") {
      i = stringEnd(text2, i);
      continue;
    }
    if (c === "/" && text2[i + 1] === "/") {
      const eol = text2.indexOf("\n", i);
      i = eol === -1 ? text2.length : eol;
      continue;
    }
    if (c === "/" && text2[i + 1] === "*") {
      const end = text2.indexOf("*/", i + 2);
      i = end === -1 ? text2.length : end + 1;
      continue;
    }
    if (pairs[c]) stack.push(pairs[c]);
    else if (c === stack.at(-1)) {
      stack.pop();
      if (stack.length === 0) return i;
    }
  }
  return text2.length;
}
function stringEnd(text2, start) {
  const quote2 = text2[start];
  for (let i = start + 1; i < text2.length; i++) {
    if (text2[i] === "\\") i++;
    else if (text2[i] === quote2) return i;
  }
  return text2.length;
}
function dedupeByStart(exposures) {
  const seen = /* @__PURE__ */ new Set();
  return exposures.filter((e) => seen.has(e.start) ? false : (seen.add(e.start), true)).sort((a, b) => a.start - b.start);
}

// src/sources/files.ts
function createNamer(root, exclude, skip = []) {
  const excluded = exclude.length > 0 ? exclude.map((glob) => new Minimatch(glob, { dot: true })) : void 0;
  const rootPrefix = root.endsWith(path5.sep) ? root : root + path5.sep;
  const relative5 = (abs) => abs.startsWith(rootPrefix) ? toPosix(abs.slice(rootPrefix.length)) : toPosix(path5.relative(root, abs)) || path5.basename(abs);
  return {
    relative: relative5,
    toEntry(abs, explicit) {
      if (!explicit && skip.length > 0 && skip.includes(abs)) return void 0;
      const rel = relative5(abs);
      if (!explicit && excluded?.some((glob) => glob.match(rel))) return void 0;
      return { abs, rel, explicit };
    }
  };
}
function walkTree(dir, options) {
  const files = [];
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop();
    for (const entry of fs5.readdirSync(current, { withFileTypes: true })) {
      const full = path5.join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== ".git" && !options.skipDirs.has(entry.name)) stack.push(full);
      } else if (entry.isFile() && options.accept(entry.name) && options.namer.toEntry(full, false)) {
        files.push(full);
      }
    }
  }
  return files.sort();
}
function toPosix(p) {
  return path5.sep === "/" ? p : p.split(path5.sep).join("/");
}

// src/sources/web.ts
init_errors();
var DEFAULT_LIMITS = { maxResources: 200, maxBytes: 10 * 1024 * 1024, timeoutMs: 15e3, totalMs: 12e4 };
function isUrl(input2) {
  return /^https?:\/\//i.test(input2);
}
async function crawl(start, limits, onResource, warnings) {
  const deadline = Date.now() + limits.totalMs;
  let origin;
  try {
    origin = new URL(start).origin;
  } catch {
    throw new SourceError(`${start}: not a valid URL`);
  }
  const queue = [{ url: start, kind: "html" }];
  const seen = /* @__PURE__ */ new Set([start]);
  let fetched = 0;
  const enqueue = (ref, base, kind, optional = false) => {
    let url;
    try {
      url = new URL(ref, base);
    } catch {
      return;
    }
    url.hash = "";
    if (url.origin !== origin || seen.has(url.href)) return;
    seen.add(url.href);
    queue.push({ url: url.href, kind, ...optional ? { optional } : {} });
  };
  while (queue.length > 0) {
    const next = queue.shift();
    if (fetched >= limits.maxResources || Date.now() >= deadline) {
      const why = fetched >= limits.maxResources ? `more than ${limits.maxResources} resources` : `the crawl took longer than ${limits.totalMs / 1e3} s`;
      warnings.push({ path: next.url, code: "crawl-limit", message: `${next.url} and ${queue.length} more not fetched: ${why}` });
      return;
    }
    fetched++;
    const got = await fetchBounded(next.url, origin, limits, Math.min(limits.timeoutMs, deadline - Date.now()));
    if ("error" in got) {
      if (next.url === start) throw new SourceError(`${start}: ${got.error}`);
      if (next.optional) continue;
      warnings.push({ path: next.url, code: "fetch", message: `${next.url}: ${got.error}` });
      continue;
    }
    if (next.url === start) origin = new URL(got.url).origin;
    const kind = next.kind === "html" && !/html/i.test(got.contentType) ? "script" : next.kind;
    const wantsMap = onResource({ url: got.url, body: got.body, kind });
    const text2 = kind === "map" ? "" : got.body.toString("utf8");
    if (kind === "html") {
      for (const ref of scriptRefs(text2)) enqueue(ref, got.url, "script");
    } else if (kind === "script") {
      for (const ref of chunkRefs(text2)) enqueue(ref, got.url, "script");
      const map = /[#@]\s*sourceMappingURL=([^\s'"*]+)/.exec(text2.slice(-4096))?.[1];
      if (map && !map.startsWith("data:")) enqueue(map, got.url, "map");
      else if (!map && wantsMap) enqueue(`${got.url}.map`, got.url, "map", true);
    }
  }
}
function scriptRefs(html) {
  const refs = [];
  for (const match2 of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) refs.push(match2[1]);
  for (const match2 of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = match2[0];
    const rel = /\brel\s*=\s*["']?([^"'>]+)/i.exec(tag)?.[1]?.toLowerCase() ?? "";
    const as = /\bas\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase();
    const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (href && (rel.includes("modulepreload") || rel.includes("preload") && as === "script")) refs.push(href);
  }
  return refs;
}
function chunkRefs(script) {
  const refs = /* @__PURE__ */ new Set();
  for (const match2 of script.matchAll(/["'`]((?:\.{0,2}\/)?[\w\-./@]+\.m?js)["'`]/g)) {
    const ref = match2[1];
    if (!ref.includes("//")) refs.add(ref);
  }
  return [...refs];
}
async function fetchBounded(start, origin, limits, timeoutMs) {
  const signal = AbortSignal.timeout(Math.max(1, timeoutMs));
  let url = start;
  try {
    for (let hops = 0; ; hops++) {
      const response = await fetch(url, { redirect: "manual", signal, headers: { "user-agent": "monime-guard" } });
      if (response.status >= 300 && response.status < 400 && response.headers.has("location")) {
        await response.body?.cancel();
        const target = new URL(response.headers.get("location"), url);
        if (target.origin !== origin && url !== start) return { error: `redirected off the site to ${target.origin}` };
        if (hops >= 5) return { error: "too many redirects" };
        url = target.href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { error: `HTTP ${response.status}` };
      }
      const declared = Number(response.headers.get("content-length") ?? NaN);
      if (declared > limits.maxBytes) {
        await response.body?.cancel();
        return { error: `skipped: ${(declared / 1e6).toFixed(1)} MB is over the ${(limits.maxBytes / 1e6).toFixed(1)} MB limit` };
      }
      const chunks = [];
      let size = 0;
      for await (const chunk of response.body ?? []) {
        size += chunk.length;
        if (size > limits.maxBytes) return { error: `skipped: over the ${(limits.maxBytes / 1e6).toFixed(1)} MB limit` };
        chunks.push(Buffer.from(chunk));
      }
      return { url, body: Buffer.concat(chunks), contentType: response.headers.get("content-type") ?? "" };
    }
  } catch (error) {
    if (signal.aborted) return { error: `no answer within ${(timeoutMs / 1e3).toFixed(1)} s` };
    const cause = error.cause?.code;
    return { error: `cannot fetch (${cause ?? error.message})` };
  }
}

// src/sources/archives/index.ts
import * as fs6 from "node:fs/promises";

// src/sources/archives/bytes.ts
var CHUNK = 1024 * 1024;
function memoryReader(bytes) {
  return {
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(Math.min(offset, bytes.length), Math.min(offset + length, bytes.length))
  };
}
function fileReader(handle, size) {
  return {
    size,
    read: async (offset, length) => {
      const want = Math.max(0, Math.min(length, size - offset));
      const buffer = Buffer.allocUnsafe(want);
      let got = 0;
      while (got < want) {
        const { bytesRead } = await handle.read(buffer, got, want - got, offset + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return got === want ? buffer : buffer.subarray(0, got);
    }
  };
}
async function* readRange(reader, offset, length) {
  for (let done = 0; done < length; ) {
    const piece = await reader.read(offset + done, Math.min(CHUNK, length - done));
    if (piece.length === 0) return;
    done += piece.length;
    yield piece;
  }
}
var ByteStream = class {
  queue = [];
  queued = 0;
  ended = false;
  iterator;
  constructor(source) {
    this.iterator = source[Symbol.asyncIterator]();
  }
  /** Pull chunks until `n` bytes are queued or the source ends; whether there are `n`. */
  async fill(n) {
    while (this.queued < n && !this.ended) {
      const next = await this.iterator.next();
      if (next.done) {
        this.ended = true;
      } else if (next.value.length > 0) {
        this.queue.push(next.value);
        this.queued += next.value.length;
      }
    }
    return this.queued >= n;
  }
  /** Up to `n` queued bytes without consuming them (fewer at the end). */
  async peek(n) {
    await this.fill(n);
    if (this.queue.length > 1) {
      const joined = Buffer.concat(this.queue);
      this.queue.length = 0;
      this.queue.push(joined);
    }
    return (this.queue[0] ?? Buffer.alloc(0)).subarray(0, n);
  }
  /** The next `n` bytes (fewer only at the end), consumed. */
  async read(n) {
    const head = await this.peek(n);
    this.drop(head.length);
    return head;
  }
  drop(n) {
    let left = n;
    while (left > 0 && this.queue.length > 0) {
      const first = this.queue[0];
      if (first.length <= left) {
        this.queue.shift();
        left -= first.length;
        this.queued -= first.length;
      } else {
        this.queue[0] = first.subarray(left);
        this.queued -= left;
        left = 0;
      }
    }
  }
  /** The next chunk of at most `max` bytes, consumed; undefined at the end. */
  async nextChunk(max) {
    if (!await this.fill(1)) return void 0;
    const first = this.queue[0];
    const piece = first.subarray(0, Math.min(max, first.length, CHUNK));
    this.drop(piece.length);
    return piece;
  }
  /**
   * The next `n` bytes as chunks (`state.left` counts down as they are handed out, so a caller can
   * skip what a consumer left unread). Ends early at the end of the source.
   */
  take(n) {
    const state = { left: n };
    const self = this;
    async function* chunks() {
      while (state.left > 0) {
        const piece = await self.nextChunk(state.left);
        if (!piece) return;
        state.left -= piece.length;
        yield piece;
      }
    }
    return { chunks: chunks(), state };
  }
  /** Skip `n` bytes; how many were there to skip. */
  async skip(n) {
    let skipped = 0;
    while (skipped < n) {
      const piece = await this.nextChunk(n - skipped);
      if (!piece) break;
      skipped += piece.length;
    }
    return skipped;
  }
  /** Stop reading: the source is closed (a decompressor destroyed, a file range left). */
  async close() {
    this.ended = true;
    this.queue.length = 0;
    this.queued = 0;
    await Promise.resolve(this.iterator.return?.()).catch(() => void 0);
  }
  /** The rest of the stream as chunks. */
  async *rest() {
    for (; ; ) {
      const piece = await this.nextChunk(CHUNK);
      if (!piece) return;
      yield piece;
    }
  }
};

// src/sources/archives/names.ts
var CP437_HIGH = "\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0";
function decodeCp437(bytes) {
  let text2 = "";
  for (const byte of bytes) text2 += byte < 128 ? String.fromCharCode(byte) : CP437_HIGH[byte - 128];
  return text2;
}
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
var lenientUtf8 = new TextDecoder("utf-8");
function decodeUtf8(bytes) {
  try {
    return { text: strictUtf8.decode(bytes), valid: true };
  } catch {
    return { text: lenientUtf8.decode(bytes), valid: false };
  }
}
var CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
function nameProblems(name, validUtf8 = true) {
  const problems = [];
  if (name.split(/[/\\]/).includes("..")) problems.push('a ".." segment');
  if (/^[/\\]/.test(name) || /^[A-Za-z]:/.test(name)) problems.push("an absolute path");
  if (CONTROL.test(name)) problems.push("control characters");
  if (!validUtf8) problems.push("bytes that are not valid UTF-8");
  return problems;
}

// src/sources/archives/asar.ts
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
async function walkAsar(walk, reader, path19, depth) {
  const prefix2 = await reader.read(0, 16);
  const headerSize = prefix2.length === 16 ? prefix2.readUInt32LE(4) : 0;
  const jsonLength = prefix2.length === 16 ? prefix2.readInt32LE(12) : -1;
  if (jsonLength < 0 || 16 + jsonLength > 8 + headerSize || 8 + headerSize > reader.size) {
    walk.warn(path19, "archive-corrupt", "an asar header whose sizes do not fit the archive; not read");
    return;
  }
  if (jsonLength > walk.limits.maxEntryInMemory) {
    walk.warn(path19, "archive-limit", `an asar header of ${jsonLength} bytes, more than the ${walk.limits.maxEntryInMemory} read into memory; not read`);
    return;
  }
  let header;
  try {
    header = JSON.parse((await reader.read(16, jsonLength)).toString("utf8"));
  } catch {
    walk.warn(path19, "archive-corrupt", "an asar header that is not JSON; not read");
    return;
  }
  const base = 8 + headerSize;
  const files = [];
  const rootFiles = isObject(header) && isObject(header.files) ? header.files : {};
  const stack = [{ dir: "", entries: Object.entries(rootFiles), next: 0 }];
  while (stack.length > 0) {
    const top = stack.at(-1);
    const item = top.entries[top.next++];
    if (!item) {
      stack.pop();
      continue;
    }
    const [name, child] = item;
    const full = top.dir + name;
    if (!isObject(child)) continue;
    if ("files" in child) {
      if (isObject(child.files)) stack.push({ dir: `${full}/`, entries: Object.entries(child.files), next: 0 });
      continue;
    }
    if ("link" in child || child.unpacked === true) continue;
    const size = child.size;
    const offset = typeof child.offset === "string" && /^\d{1,16}$/.test(child.offset) ? Number(child.offset) : Number.NaN;
    if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0 || !Number.isSafeInteger(offset) || base + offset + size > reader.size) {
      walk.warn([...path19, full], "archive-corrupt", "the asar header gives it an offset or size outside the archive; not read");
      continue;
    }
    files.push({ name: full, offset, size });
  }
  const overlapping = /* @__PURE__ */ new Set();
  let end = -1;
  for (const file of [...files].sort((a, b) => a.offset - b.offset)) {
    if (file.size === 0) continue;
    if (file.offset < end) overlapping.add(file);
    else end = file.offset + file.size;
  }
  for (const file of files) {
    if (walk.stopped) return;
    const entryPath2 = [...path19, file.name];
    if (overlapping.has(file)) {
      walk.warn(entryPath2, "archive-corrupt", "the asar header places its data over another file's; not read");
      continue;
    }
    const problems = nameProblems(file.name);
    if (problems.length > 0) walk.warn(entryPath2, "archive-name", `its name has ${problems.join(", ")}`);
    const source = walk.metered(entryPath2, readRange(reader, base + file.offset, file.size), void 0, file.size);
    await walk.content(walk, { path: entryPath2, depth, size: file.size, source });
  }
}

// src/sources/archives/context.ts
var MAX_WARNINGS = 1e3;
var RATIO_FLOOR = 1024 * 1024;
var CallbackError = class extends Error {
  constructor(cause) {
    super("archive callback failed");
    this.cause = cause;
  }
};
var Walk = class {
  constructor(limits, onEntry, onWarning, content) {
    this.limits = limits;
    this.onEntry = onEntry;
    this.onWarning = onWarning;
    this.content = content;
  }
  /** Entry content bytes read so far, at every level (see `ArchiveLimits.maxTotalBytes`). */
  total = 0;
  /** Set once `maxTotalBytes` is reached: every loop stops. */
  stopped = false;
  warnings = 0;
  warn(path19, code, message) {
    this.warnings++;
    if (this.warnings > MAX_WARNINGS + 1) return;
    const warning = this.warnings === MAX_WARNINGS + 1 ? { path: [], code: "archive-limit", message: `more than ${MAX_WARNINGS} warnings for this archive; the rest are not reported` } : { path: [...path19], code, message };
    try {
      this.onWarning(warning);
    } catch (error) {
      throw error instanceof CallbackError ? error : new CallbackError(error);
    }
  }
  async deliver(entry) {
    try {
      await this.onEntry(entry);
    } catch (error) {
      throw error instanceof CallbackError ? error : new CallbackError(error);
    }
  }
  /**
   * `source` metered: counted against `maxTotalBytes` (cut off there, stopping the walk), against
   * `maxRatio` when `consumed` tells how many compressed bytes went in, and against `declared`
   * when the archive declared a size the output must not pass. It never throws: a failing source
   * (a corrupt deflate stream, a read error) ends it with an `archive-corrupt` warning.
   */
  async *metered(path19, source, consumed, declared) {
    let produced = 0;
    const iterator2 = source[Symbol.asyncIterator]();
    try {
      for (; ; ) {
        if (this.stopped) return;
        let next;
        try {
          next = await iterator2.next();
        } catch (error) {
          this.warn(path19, "archive-corrupt", `unreadable: ${error instanceof Error ? error.message : String(error)}`);
          return;
        }
        if (next.done) return;
        let chunk = next.value;
        if (declared !== void 0 && produced + chunk.length > declared) {
          chunk = chunk.subarray(0, declared - produced);
          if (chunk.length > 0) {
            produced += chunk.length;
            this.total += chunk.length;
            yield chunk;
          }
          this.warn(path19, "archive-corrupt", `holds more than the ${declared} bytes its header declares; cut off there`);
          return;
        }
        if (this.total + chunk.length > this.limits.maxTotalBytes) {
          const room = this.limits.maxTotalBytes - this.total;
          this.stopped = true;
          this.warn(path19, "archive-limit", `the archive's total of ${this.limits.maxTotalBytes} uncompressed bytes was reached here; the rest is skipped`);
          if (room > 0) {
            this.total += room;
            yield chunk.subarray(0, room);
          }
          return;
        }
        produced += chunk.length;
        this.total += chunk.length;
        yield chunk;
        if (consumed && produced > RATIO_FLOOR && produced > this.limits.maxRatio * Math.max(1, consumed())) {
          this.warn(path19, "archive-bomb", `decompresses at more than ${this.limits.maxRatio}:1; cut off after ${produced} bytes`);
          return;
        }
      }
    } finally {
      await Promise.resolve(iterator2.return?.()).catch(() => void 0);
    }
  }
};

// src/sources/archives/detect.ts
var HEAD_BYTES = 512;
var startsWith = (head, magic, at = 0) => head.length >= at + magic.length && magic.every((byte, i) => head[at + i] === byte);
var ASAR_JSON = Buffer.from('{"files":');
function archiveKind(head) {
  if (startsWith(head, [80, 75, 3, 4]) || startsWith(head, [80, 75, 5, 6]) || startsWith(head, [80, 75, 7, 8])) return "zip";
  if (startsWith(head, [31, 139, 8])) return "gzip";
  if (startsWith(head, [117, 115, 116, 97, 114], 257)) return "tar";
  if (startsWith(head, [4, 0, 0, 0]) && head.length >= 16 + ASAR_JSON.length && head.subarray(16, 16 + ASAR_JSON.length).equals(ASAR_JSON)) return "asar";
  return void 0;
}
function unsupportedArchiveKind(head) {
  if (startsWith(head, [66, 90, 104]) && head[3] !== void 0 && head[3] >= 49 && head[3] <= 57) return "bzip2";
  if (startsWith(head, [253, 55, 122, 88, 90, 0])) return "xz";
  if (startsWith(head, [40, 181, 47, 253])) return "zstd";
  if (startsWith(head, [55, 122, 188, 175, 39, 28])) return "7z";
  if (startsWith(head, [82, 97, 114, 33, 26, 7])) return "rar";
  return void 0;
}

// src/sources/archives/inflate.ts
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import * as zlib from "node:zlib";
var OUT_CHUNK = 64 * 1024;
function decompress(source, format) {
  const z = format === "gzip" ? zlib.createGunzip({ chunkSize: OUT_CHUNK }) : zlib.createInflateRaw({ chunkSize: OUT_CHUNK });
  const input2 = Readable.from(source, { objectMode: false, highWaterMark: OUT_CHUNK });
  async function* output() {
    const piped = pipeline(input2, z).catch(() => void 0);
    try {
      for await (const chunk of z) yield chunk;
    } finally {
      input2.destroy();
      z.destroy();
      void piped;
    }
  }
  return { output: output(), consumed: () => z.bytesWritten };
}

// src/sources/archives/tar.ts
var BLOCK = 512;
var MAX_META = 1024 * 1024;
var padding = (size) => (BLOCK - size % BLOCK) % BLOCK;
function numberField(field2) {
  const first = field2[0] ?? 0;
  if (first & 128) {
    if (first === 255) return void 0;
    let value = first & 127;
    for (let i = 1; i < field2.length; i++) {
      value = value * 256 + field2[i];
      if (value > Number.MAX_SAFE_INTEGER) return void 0;
    }
    return value;
  }
  const text2 = field2.toString("latin1").replace(/[\0 ]+$/, "").replace(/^ +/, "");
  if (text2 === "") return 0;
  if (!/^[0-7]+$/.test(text2)) return void 0;
  return parseInt(text2, 8);
}
function checksumOk(header) {
  const stored = numberField(header.subarray(148, 156));
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const byte = i >= 148 && i < 156 ? 32 : header[i];
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  return stored === unsigned || stored === signed;
}
function cString(field2) {
  const nul = field2.indexOf(0);
  return nul === -1 ? field2 : field2.subarray(0, nul);
}
function paxRecords(data) {
  const records = /* @__PURE__ */ new Map();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(32, at);
    if (space === -1 || space - at > 20) break;
    const length = Number(data.toString("latin1", at, space));
    if (!Number.isSafeInteger(length) || length <= space - at || at + length > data.length) break;
    const record = data.subarray(space + 1, at + length - 1);
    const equals = record.indexOf(61);
    if (equals > 0) records.set(record.toString("utf8", 0, equals), record.subarray(equals + 1));
    at += length;
  }
  return records;
}
async function walkTar(walk, stream, path19, depth) {
  let longName;
  let pax = /* @__PURE__ */ new Map();
  let globalPax = /* @__PURE__ */ new Map();
  let entries = 0;
  while (!walk.stopped) {
    const header = await stream.read(BLOCK);
    if (header.length === 0) {
      return;
    }
    if (header.length < BLOCK) {
      walk.warn(path19, "archive-corrupt", `truncated after ${entries} entries (a partial header)`);
      return;
    }
    if (header.every((byte) => byte === 0)) return;
    if (!checksumOk(header)) {
      walk.warn(path19, "archive-corrupt", `a header with a bad checksum after ${entries} entries; the rest is not read`);
      return;
    }
    entries++;
    const type = String.fromCharCode(header[156]);
    const paxSize = pax.get("size") ?? globalPax.get("size");
    const size = paxSize !== void 0 && /^\d{1,16}$/.test(paxSize.toString("latin1")) ? Number(paxSize.toString("latin1")) : numberField(header.subarray(124, 136));
    const ustar = header.toString("latin1", 257, 262) === "ustar";
    let rawName = cString(header.subarray(0, 100));
    if (ustar && header[345] !== 0) rawName = Buffer.concat([cString(header.subarray(345, 500)), Buffer.from("/"), rawName]);
    rawName = pax.get("path") ?? longName ?? globalPax.get("path") ?? rawName;
    const decoded = decodeUtf8(rawName);
    const entryPath2 = [...path19, decoded.text];
    if (size === void 0 || !Number.isSafeInteger(size)) {
      walk.warn(entryPath2, "archive-corrupt", "its size field is negative or not a number; the rest of the tar is not read");
      return;
    }
    if (type === "L" || type === "x" || type === "g") {
      if (size > MAX_META) {
        walk.warn(entryPath2, "archive-corrupt", `a ${type === "L" ? "GNU long name" : "pax header"} of ${size} bytes; the rest of the tar is not read`);
        return;
      }
      const data = await stream.read(size);
      await stream.skip(padding(size));
      if (data.length < size) {
        walk.warn(path19, "archive-corrupt", `truncated after ${entries} entries`);
        return;
      }
      if (type === "L") longName = cString(data);
      else if (type === "x") pax = paxRecords(data);
      else globalPax = paxRecords(data);
      continue;
    }
    longName = void 0;
    pax = /* @__PURE__ */ new Map();
    const regular = type === "0" || type === "\0" || type === "7";
    if (type === "S") walk.warn(entryPath2, "archive-unsupported", "a GNU sparse file; not read");
    if (!regular) {
      if (await stream.skip(size + padding(size)) < size + padding(size)) {
        walk.warn(path19, "archive-corrupt", `truncated after ${entries} entries`);
        return;
      }
      continue;
    }
    const problems = nameProblems(decoded.text, decoded.valid);
    if (problems.length > 0) walk.warn(entryPath2, "archive-name", `its name has ${problems.join(", ")}`);
    const { chunks, state } = stream.take(size);
    await walk.content(walk, { path: entryPath2, depth, size, source: walk.metered(entryPath2, chunks) });
    if (walk.stopped) return;
    const left = state.left + padding(size);
    if (await stream.skip(left) < left) {
      walk.warn(entryPath2, "archive-corrupt", `the tar ends inside this entry (declared ${size} bytes; truncated, or a size that lies)`);
      return;
    }
  }
}

// src/sources/archives/zip.ts
import * as zlib2 from "node:zlib";
var EOCD = 101010256;
var ZIP64_LOCATOR = 117853008;
var ZIP64_EOCD = 101075792;
var CENTRAL = 33639248;
var LOCAL = 67324752;
var MAX32 = 4294967295;
var METHODS = {
  1: "Shrink",
  6: "Implode",
  9: "Deflate64",
  12: "bzip2",
  14: "LZMA",
  19: "LZ77",
  93: "Zstandard",
  95: "xz",
  96: "JPEG",
  97: "WavPack",
  98: "PPMd"
};
var u64 = (buffer, at) => {
  const value = buffer.readBigUInt64LE(at);
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : Number.POSITIVE_INFINITY;
};
async function findDirectory(reader) {
  const tailLength = Math.min(reader.size, 22 + 65535);
  const tail = await reader.read(reader.size - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) <= tail.length) {
      at = i;
      break;
    }
  }
  if (at < 0) return "no end of central directory record (truncated, or not a zip)";
  const eocdOffset = reader.size - tailLength + at;
  if (tail.readUInt16LE(at + 4) !== 0 || tail.readUInt16LE(at + 6) !== 0 && tail.readUInt16LE(at + 6) !== 65535) return "a multi-disk (spanned) zip";
  let size = tail.readUInt32LE(at + 12);
  let offset = tail.readUInt32LE(at + 16);
  let end = eocdOffset;
  if (eocdOffset >= 20) {
    const locator = await reader.read(eocdOffset - 20, 20);
    if (locator.length === 20 && locator.readUInt32LE(0) === ZIP64_LOCATOR) {
      const recordOffset = u64(locator, 8);
      const record = recordOffset + 56 <= reader.size ? await reader.read(recordOffset, 56) : Buffer.alloc(0);
      if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD) return "a zip64 locator pointing at no zip64 end record";
      size = u64(record, 40);
      offset = u64(record, 48);
      end = recordOffset;
    }
  }
  if (size > end) return "a central directory larger than the archive";
  return { offset, size, end };
}
function parseDirectory(walk, path19, directory) {
  const entries = [];
  let at = 0;
  while (at + 46 <= directory.length) {
    if (directory.readUInt32LE(at) !== CENTRAL) {
      walk.warn(path19, "archive-corrupt", `the central directory is corrupt after ${entries.length} entries; the rest are not read`);
      break;
    }
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > directory.length) {
      walk.warn(path19, "archive-corrupt", `the central directory is truncated after ${entries.length} entries`);
      break;
    }
    const flags = directory.readUInt16LE(at + 8);
    const rawName = directory.subarray(at + 46, at + 46 + nameLength);
    const decoded = flags & 2048 ? decodeUtf8(rawName) : { text: decodeCp437(rawName), valid: true };
    let compressedSize = directory.readUInt32LE(at + 20);
    let size = directory.readUInt32LE(at + 24);
    let localOffset = directory.readUInt32LE(at + 42);
    const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    for (let e = 0; e + 4 <= extra.length; e += 4 + extra.readUInt16LE(e + 2)) {
      if (extra.readUInt16LE(e) !== 1) continue;
      const field2 = extra.subarray(e + 4, e + 4 + extra.readUInt16LE(e + 2));
      let f = 0;
      const take = (value) => {
        if (value !== MAX32) return value;
        if (f + 8 > field2.length) return Number.POSITIVE_INFINITY;
        f += 8;
        return u64(field2, f - 8);
      };
      size = take(size);
      compressedSize = take(compressedSize);
      localOffset = take(localOffset);
      break;
    }
    const host = directory.readUInt16LE(at + 4) >> 8;
    const mode = directory.readUInt32LE(at + 38) >>> 16;
    entries.push({
      name: decoded.text,
      nameLength,
      validUtf8: decoded.valid,
      flags,
      method: directory.readUInt16LE(at + 10),
      crc: directory.readUInt32LE(at + 16),
      compressedSize,
      size,
      localOffset,
      symlink: host === 3 && (mode & 61440) === 40960
    });
    at = next;
  }
  return entries;
}
function markOverlaps(entries) {
  const byOffset = entries.filter((e) => Number.isFinite(e.localOffset) && Number.isFinite(e.compressedSize)).sort((a, b) => a.localOffset - b.localOffset);
  let end = -1;
  let owner;
  for (const entry of byOffset) {
    if (owner && entry.localOffset < end) {
      entry.overlaps = owner.name;
      continue;
    }
    end = entry.localOffset + 30 + entry.nameLength + entry.compressedSize;
    owner = entry;
  }
}
async function* checked(walk, path19, source, crc, size) {
  let value = 0;
  let length = 0;
  for await (const chunk of source) {
    value = zlib2.crc32(chunk, value);
    length += chunk.length;
    yield chunk;
  }
  if (length === size && value !== crc) walk.warn(path19, "archive-corrupt", "its CRC-32 does not match its content");
}
async function walkZip(walk, reader, path19, depth) {
  const found2 = await findDirectory(reader);
  if (typeof found2 === "string") return found2;
  if (found2.size > walk.limits.maxEntryInMemory) {
    walk.warn(
      path19,
      "archive-limit",
      `its central directory (${found2.size} bytes) is larger than the ${walk.limits.maxEntryInMemory} bytes read into memory; not read`
    );
    return void 0;
  }
  let shift2 = 0;
  const stated = await reader.read(found2.offset, 4);
  if (stated.length < 4 || stated.readUInt32LE(0) !== CENTRAL) {
    const actual = await reader.read(found2.end - found2.size, 4);
    if (found2.size > 0 && actual.length === 4 && actual.readUInt32LE(0) === CENTRAL) shift2 = found2.end - found2.size - found2.offset;
    else if (found2.size > 0) return "its central directory is not where its end record says";
  }
  const directory = await reader.read(found2.offset + shift2, found2.size);
  const entries = parseDirectory(walk, path19, directory);
  markOverlaps(entries);
  const directoryStart = found2.offset + shift2;
  for (const entry of entries) {
    if (walk.stopped) return void 0;
    if (entry.name.endsWith("/") || entry.symlink) continue;
    const entryPath2 = [...path19, entry.name];
    const problems = nameProblems(entry.name, entry.validUtf8);
    if (problems.length > 0) walk.warn(entryPath2, "archive-name", `its name has ${problems.join(", ")}`);
    if (entry.flags & 1 || entry.method === 99) {
      walk.warn(entryPath2, "archive-encrypted", "it is encrypted; not read");
      continue;
    }
    if (entry.method !== 0 && entry.method !== 8) {
      walk.warn(
        entryPath2,
        "archive-unsupported",
        `its compression method ${entry.method}${METHODS[entry.method] ? ` (${METHODS[entry.method]})` : ""} is not supported; not read`
      );
      continue;
    }
    if (entry.overlaps !== void 0) {
      walk.warn(entryPath2, "archive-bomb", `its data overlaps that of entry ${JSON.stringify(entry.overlaps)} (a zip bomb's trick); not read`);
      continue;
    }
    if (!Number.isFinite(entry.size) || !Number.isFinite(entry.compressedSize) || !Number.isFinite(entry.localOffset)) {
      walk.warn(entryPath2, "archive-corrupt", "its zip64 sizes or offset are missing or impossibly large; not read");
      continue;
    }
    const localOffset = entry.localOffset + shift2;
    const local = await reader.read(localOffset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) {
      walk.warn(entryPath2, "archive-corrupt", "no local header where the central directory says; not read");
      continue;
    }
    const dataStart = localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (dataStart + entry.compressedSize > Math.min(reader.size, directoryStart)) {
      walk.warn(entryPath2, "archive-corrupt", "its data runs past the end of the archive (truncated?); not read");
      continue;
    }
    const raw = readRange(reader, dataStart, entry.compressedSize);
    let source;
    if (entry.method === 8) {
      const inflating = decompress(raw, "deflate-raw");
      source = walk.metered(entryPath2, checked(walk, entryPath2, inflating.output, entry.crc, entry.size), inflating.consumed, entry.size);
    } else {
      source = walk.metered(entryPath2, checked(walk, entryPath2, raw, entry.crc, entry.size), void 0, entry.size);
    }
    await walk.content(walk, { path: entryPath2, depth, size: entry.size, source });
  }
  return void 0;
}

// src/sources/archives/index.ts
var MiB = 1024 * 1024;
var DEFAULT_ARCHIVE_LIMITS = Object.freeze({
  maxDepth: 8,
  maxTotalBytes: 4 * 1024 * MiB,
  maxRatio: 1e3,
  maxEntryInMemory: 64 * MiB
});
async function gather(stream, max) {
  const chunks = [];
  let length = 0;
  const rest = stream.rest();
  for (; ; ) {
    const next = await rest.next();
    if (next.done) return { chunks, length, complete: true };
    chunks.push(next.value);
    length += next.value.length;
    if (length > max) return { chunks, length, complete: false };
  }
}
async function* concatenated(first, rest) {
  yield* first;
  yield* rest;
}
async function deliver(walk, content, stream) {
  const max = walk.limits.maxEntryInMemory;
  if (content.size === void 0 || content.size <= max) {
    const gathered = await gather(stream, max);
    if (gathered.complete) {
      const bytes = Buffer.concat(gathered.chunks);
      await walk.deliver({ path: content.path, size: content.size ?? bytes.length, bytes });
      return;
    }
    await walk.deliver({ path: content.path, size: content.size ?? -1, chunks: concatenated(gathered.chunks, stream.rest()) });
    return;
  }
  await walk.deliver({ path: content.path, size: content.size, chunks: stream.rest() });
}
async function readContent(walk, content) {
  const stream = new ByteStream(content.source);
  try {
    const head = await stream.peek(HEAD_BYTES);
    const kind = archiveKind(head);
    if (kind === void 0) {
      const unsupported = unsupportedArchiveKind(head);
      if (unsupported) walk.warn(content.path, "archive-unsupported", `${unsupported}-compressed content is not supported; not read`);
      else await deliver(walk, content, stream);
      return;
    }
    const depth = content.depth + 1;
    if (depth > walk.limits.maxDepth) {
      walk.warn(content.path, "archive-depth", `a ${kind} nested deeper than ${walk.limits.maxDepth} archives; not opened`);
      return;
    }
    if (kind === "tar") {
      await walkTar(walk, stream, content.path, depth);
    } else if (kind === "gzip") {
      const gunzip = decompress(stream.rest(), "gzip");
      await readContent(walk, { path: content.path, depth, size: void 0, source: walk.metered(content.path, gunzip.output, gunzip.consumed) });
    } else {
      const gathered = await gather(stream, walk.limits.maxEntryInMemory);
      if (!gathered.complete) {
        walk.warn(content.path, "archive-limit", `a nested ${kind} larger than ${walk.limits.maxEntryInMemory} bytes (the most held in memory); not opened`);
        return;
      }
      if (walk.stopped) return;
      const bytes = Buffer.concat(gathered.chunks);
      await walkRandom(walk, kind, memoryReader(bytes), content.path, depth, bytes);
    }
  } finally {
    await stream.close();
  }
}
async function walkRandom(walk, kind, reader, path19, depth, bytes) {
  if (kind === "asar") return walkAsar(walk, reader, path19, depth);
  const unreadable = await walkZip(walk, reader, path19, depth);
  if (unreadable === void 0) return;
  walk.warn(path19, "archive-corrupt", `not read as a zip: ${unreadable}${bytes ? "; its bytes are delivered as they are" : ""}`);
  if (bytes) await walk.deliver({ path: path19, size: bytes.length, bytes });
}
async function walkArchive(input2, limits, onEntry, onWarning) {
  const walk = new Walk({ ...DEFAULT_ARCHIVE_LIMITS, ...limits }, onEntry, onWarning, readContent);
  let handle;
  try {
    let reader;
    if ("file" in input2) {
      if (!(await fs6.stat(input2.file)).isFile()) {
        walk.warn([], "archive-unsupported", "not a regular file");
        return;
      }
      handle = await fs6.open(input2.file, "r");
      reader = fileReader(handle, (await handle.stat()).size);
    } else {
      reader = memoryReader(input2.bytes);
    }
    const head = await reader.read(0, HEAD_BYTES);
    const kind = archiveKind(head);
    if (kind === "zip" || kind === "asar") {
      await walkRandom(walk, kind, reader, [], 0);
    } else if (kind === "tar") {
      await walkTar(walk, new ByteStream(readRange(reader, 0, reader.size)), [], 0);
    } else if (kind === "gzip") {
      const gunzip = decompress(readRange(reader, 0, reader.size), "gzip");
      await readContent(walk, { path: [], depth: 0, size: void 0, source: walk.metered([], gunzip.output, gunzip.consumed) });
    } else {
      const unsupported = unsupportedArchiveKind(head);
      walk.warn(
        [],
        "archive-unsupported",
        unsupported ? `${unsupported}-compressed archives are not supported; not read` : "not an archive this reads (zip, tar, gzip or asar)"
      );
    }
  } catch (error) {
    if (error instanceof CallbackError) throw error.cause;
    try {
      walk.warn([], "archive-corrupt", `could not be read: ${error instanceof Error ? error.message : String(error)}`);
    } catch (callbackError) {
      throw callbackError instanceof CallbackError ? callbackError.cause : callbackError;
    }
  } finally {
    await handle?.close().catch(() => void 0);
  }
}

// src/scan/archive.ts
import * as path6 from "node:path";

// src/sources/binary/read-budget.ts
var ReadBudget = class {
  left;
  constructor(inputBytes) {
    this.left = 8 * inputBytes + 1024 * 1024;
  }
  /** Takes `bytes` from the budget; false (and nothing taken) when that would exhaust it. */
  take(bytes) {
    if (bytes > this.left) return false;
    this.left -= bytes;
    return true;
  }
};

// src/sources/binary/android-resources.ts
var RES_STRING_POOL_TYPE = 1;
var RES_TABLE_TYPE = 2;
var RES_XML_TYPE = 3;
var RES_TABLE_PACKAGE_TYPE = 512;
var CHUNK_HEADER = 8;
var STRING_POOL_HEADER = 28;
var UTF8_FLAG = 256;
var MAX_DEPTH = 4;
function isAxml(bytes) {
  return bytes.length >= CHUNK_HEADER && bytes.readUInt16LE(0) === RES_XML_TYPE && bytes.readUInt16LE(2) === 8;
}
function isArsc(bytes) {
  return bytes.length >= 12 && bytes.readUInt16LE(0) === RES_TABLE_TYPE && bytes.readUInt16LE(2) === 12;
}
function readResourceStrings(bytes) {
  const strings = [];
  const problems = [];
  const budget = new ReadBudget(bytes.length);
  walkChunks(bytes, 0, bytes.length, 0, strings, problems, budget);
  return { strings, problems };
}
function walkChunks(bytes, start, end, depth, strings, problems, budget) {
  for (let at = start; at + CHUNK_HEADER <= end; ) {
    const type = bytes.readUInt16LE(at);
    const headerSize = bytes.readUInt16LE(at + 2);
    let size = bytes.readUInt32LE(at + 4);
    if (size < CHUNK_HEADER || headerSize < CHUNK_HEADER || headerSize > size) {
      problems.push(`resources: chunk at ${at} has header size ${headerSize} and size ${size}; stopped reading this level`);
      return;
    }
    if (size > end - at) {
      problems.push(`resources: chunk at ${at} claims ${size} bytes, ${end - at} left; read what is there`);
      size = end - at;
    }
    if (type === RES_STRING_POOL_TYPE) {
      readStringPool(bytes, at, size, headerSize, strings, problems, budget);
    } else if (type === RES_XML_TYPE || type === RES_TABLE_TYPE || type === RES_TABLE_PACKAGE_TYPE) {
      if (depth < MAX_DEPTH) walkChunks(bytes, at + headerSize, at + size, depth + 1, strings, problems, budget);
      else problems.push(`resources: chunks nested deeper than ${MAX_DEPTH} at ${at}; skipped`);
    }
    at += size;
  }
}
function readStringPool(bytes, chunk, size, headerSize, strings, problems, budget) {
  if (headerSize < STRING_POOL_HEADER) {
    problems.push(`resources: string pool at ${chunk} has a ${headerSize}-byte header`);
    return;
  }
  const end = chunk + size;
  const count = bytes.readUInt32LE(chunk + 8);
  const utf8 = (bytes.readUInt32LE(chunk + 16) & UTF8_FLAG) !== 0;
  const stringsStart = chunk + bytes.readUInt32LE(chunk + 20);
  const indexStart = chunk + headerSize;
  const available = Math.max(0, Math.floor((end - indexStart) / 4));
  if (count > available) problems.push(`resources: string pool at ${chunk} claims ${count} strings; its index has room for ${available}`);
  if (stringsStart > end) {
    problems.push(`resources: string pool at ${chunk} has its strings past its end`);
    return;
  }
  for (let i = 0; i < Math.min(count, available); i++) {
    const at = stringsStart + bytes.readUInt32LE(indexStart + 4 * i);
    const read = utf8 ? readUtf8Entry(bytes, at, end) : readUtf16Entry(bytes, at, end);
    if (!read) {
      problems.push(`resources: string ${i} of the pool at ${chunk} is out of range`);
      continue;
    }
    if (!budget.take(read.byteLength)) {
      problems.push("resources: string data exceeds the read budget; stopped");
      return;
    }
    const text2 = bytes.toString(utf8 ? "utf8" : "utf16le", read.offset, read.offset + read.byteLength);
    if (text2.length > 0) strings.push({ text: text2, offset: read.offset, encoding: utf8 ? "utf8" : "utf16le" });
  }
}
function readUtf16Entry(bytes, at, end) {
  if (at + 2 > end) return void 0;
  let length = bytes.readUInt16LE(at);
  let offset = at + 2;
  if (length & 32768) {
    if (offset + 2 > end) return void 0;
    length = (length & 32767) << 16 | bytes.readUInt16LE(offset);
    offset += 2;
  }
  return offset + 2 * length <= end ? { offset, byteLength: 2 * length } : void 0;
}
function readUtf8Entry(bytes, at, end) {
  let offset = at;
  const length = () => {
    if (offset >= end) return void 0;
    const first = bytes[offset++];
    if ((first & 128) === 0) return first;
    if (offset >= end) return void 0;
    return (first & 127) << 8 | bytes[offset++];
  };
  if (length() === void 0) return void 0;
  const byteLength = length();
  if (byteLength === void 0 || offset + byteLength > end) return void 0;
  return { offset, byteLength };
}

// src/sources/binary/bplist.ts
var TRAILER_SIZE = 32;
var MAGIC_SIZE = 8;
function isBplist(bytes) {
  return bytes.length >= MAGIC_SIZE && bytes.toString("latin1", 0, MAGIC_SIZE) === "bplist00";
}
function readUIntBE(bytes, at, size) {
  let value = 0;
  for (let k = 0; k < size; k++) value = value * 256 + bytes[at + k];
  return value;
}
function readBplistStrings(bytes) {
  const strings = [];
  const problems = [];
  if (bytes.length < MAGIC_SIZE + TRAILER_SIZE) {
    problems.push("bplist: too short for a trailer");
    return { strings, problems };
  }
  const trailer = bytes.length - TRAILER_SIZE;
  const offsetSize = bytes[trailer + 6];
  const objectCount = readUIntBE(bytes, trailer + 8, 8);
  const tableOffset = readUIntBE(bytes, trailer + 24, 8);
  if (offsetSize < 1 || offsetSize > 8) {
    problems.push(`bplist: offset size ${offsetSize} is not 1 to 8`);
    return { strings, problems };
  }
  if (tableOffset < MAGIC_SIZE || tableOffset > trailer) {
    problems.push(`bplist: offset table at ${tableOffset} is outside the file`);
    return { strings, problems };
  }
  const available = Math.floor((trailer - tableOffset) / offsetSize);
  if (objectCount > available) problems.push(`bplist: ${objectCount} objects claimed, the offset table has room for ${available}`);
  const budget = new ReadBudget(bytes.length);
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < Math.min(objectCount, available); i++) {
    const at = readUIntBE(bytes, tableOffset + i * offsetSize, offsetSize);
    if (seen.has(at)) continue;
    seen.add(at);
    if (at < MAGIC_SIZE || at >= trailer) {
      problems.push(`bplist: object ${i} at ${at} is outside the object area`);
      continue;
    }
    const marker = bytes[at];
    const kind = marker >> 4;
    if (kind !== 5 && kind !== 6) continue;
    let length = marker & 15;
    let start = at + 1;
    if (length === 15) {
      const intMarker = bytes[start];
      const intSize = 1 << (intMarker & 15);
      if (intMarker >> 4 !== 1 || intSize > 8 || start + 1 + intSize > trailer) {
        problems.push(`bplist: string object ${i} at ${at} has a malformed length`);
        continue;
      }
      length = readUIntBE(bytes, start + 1, intSize);
      start += 1 + intSize;
    }
    const byteLength = kind === 6 ? 2 * length : length;
    if (start + byteLength > trailer) {
      problems.push(`bplist: string object ${i} at ${at} runs past the object area`);
      continue;
    }
    if (!budget.take(byteLength)) {
      problems.push("bplist: string data exceeds the read budget; stopped");
      break;
    }
    if (length === 0) continue;
    if (kind === 5) {
      strings.push({ text: bytes.toString("latin1", start, start + byteLength), offset: start, encoding: "utf8" });
    } else {
      const swapped = Buffer.from(bytes.subarray(start, start + byteLength)).swap16();
      strings.push({ text: swapped.toString("utf16le"), offset: start, encoding: "utf16be" });
    }
  }
  strings.sort((a, b) => a.offset - b.offset);
  return { strings, problems };
}

// src/sources/binary/dex.ts
var HEADER_SIZE = 112;
var ENDIAN_CONSTANT = 305419896;
var REVERSE_ENDIAN_CONSTANT = 2018915346;
var DECODE_CHUNK = 4096;
function isDex(bytes) {
  if (bytes.length < 8 || bytes.toString("latin1", 0, 4) !== "dex\n" || bytes[7] !== 0) return false;
  const version = bytes.toString("latin1", 4, 7);
  return /^0\d\d$/.test(version) && Number(version) >= 35;
}
function readDexStrings(bytes) {
  const strings = [];
  const problems = [];
  if (bytes.length < HEADER_SIZE) {
    problems.push(`dex: header truncated (${bytes.length} of ${HEADER_SIZE} bytes)`);
    return { strings, problems };
  }
  const tag = bytes.readUInt32LE(40);
  const bigEndian = tag === REVERSE_ENDIAN_CONSTANT;
  if (tag !== ENDIAN_CONSTANT && !bigEndian) problems.push(`dex: unknown endian tag 0x${tag.toString(16)}, read as little-endian`);
  const u32 = (at) => bigEndian ? bytes.readUInt32BE(at) : bytes.readUInt32LE(at);
  const count = u32(56);
  const idsOffset = u32(60);
  if (count === 0) return { strings, problems };
  if (idsOffset < HEADER_SIZE || idsOffset >= bytes.length) {
    problems.push(`dex: string_ids_off ${idsOffset} is outside the file`);
    return { strings, problems };
  }
  const available = Math.floor((bytes.length - idsOffset) / 4);
  if (count > available) problems.push(`dex: string_ids_size ${count} runs past the end of the file; read ${available}`);
  const budget = new ReadBudget(bytes.length);
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < Math.min(count, available); i++) {
    const dataOffset = u32(idsOffset + 4 * i);
    if (seen.has(dataOffset)) continue;
    seen.add(dataOffset);
    if (dataOffset >= bytes.length) {
      problems.push(`dex: string ${i} points past the end of the file (${dataOffset})`);
      continue;
    }
    let at = dataOffset;
    for (let k = 0; k < 5 && at < bytes.length && (bytes[at++] & 128) !== 0; k++) ;
    const decoded = decodeMutf8(bytes, at, budget);
    if (!decoded) {
      problems.push("dex: string data exceeds the read budget; stopped");
      break;
    }
    if (!decoded.terminated) problems.push(`dex: string ${i} at ${at} has no NUL before the end of the file`);
    if (decoded.text.length > 0) strings.push({ text: decoded.text, offset: at, encoding: "mutf8" });
  }
  strings.sort((a, b) => a.offset - b.offset);
  return { strings, problems };
}
function decodeMutf8(bytes, start, budget) {
  let end = bytes.indexOf(0, start);
  const terminated = end !== -1;
  if (!terminated) end = bytes.length;
  if (!budget.take(end - start + 1)) return void 0;
  const units = [];
  let text2 = "";
  const continuation = (k) => k < end && (bytes[k] & 192) === 128;
  for (let i = start; i < end; ) {
    const lead = bytes[i];
    if (lead < 128) {
      units.push(lead);
      i++;
    } else if ((lead & 224) === 192 && continuation(i + 1)) {
      units.push((lead & 31) << 6 | bytes[i + 1] & 63);
      i += 2;
    } else if ((lead & 240) === 224 && continuation(i + 1) && continuation(i + 2)) {
      units.push((lead & 15) << 12 | (bytes[i + 1] & 63) << 6 | bytes[i + 2] & 63);
      i += 3;
    } else {
      units.push(65533);
      i++;
    }
    if (units.length >= DECODE_CHUNK) {
      text2 += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  text2 += String.fromCharCode(...units);
  return { text: text2, terminated };
}

// src/sources/binary/printable-runs.ts
var MIN_RUN_CHARS = 8;
function isPrintableAscii(byte) {
  return byte >= 32 && byte <= 126 || byte === 9;
}
function printableUtf8Width(bytes, i) {
  const lead = bytes[i];
  const end = bytes.length;
  const continuation = (k) => k < end && (bytes[k] & 192) === 128;
  if (lead >= 194 && lead <= 223) {
    if (!continuation(i + 1)) return 0;
    return lead === 194 && bytes[i + 1] < 160 ? 0 : 2;
  }
  if (lead >= 224 && lead <= 239) {
    if (!continuation(i + 1) || !continuation(i + 2)) return 0;
    const second = bytes[i + 1];
    if (lead === 224 && second < 160) return 0;
    if (lead === 237 && second >= 160) return 0;
    return 3;
  }
  if (lead >= 240 && lead <= 244) {
    if (!continuation(i + 1) || !continuation(i + 2) || !continuation(i + 3)) return 0;
    const second = bytes[i + 1];
    if (lead === 240 && second < 144) return 0;
    if (lead === 244 && second >= 144) return 0;
    return 4;
  }
  return 0;
}
function utf8Runs(bytes, minChars = MIN_RUN_CHARS) {
  const runs = [];
  let start = -1;
  let chars2 = 0;
  const close = (end) => {
    if (start >= 0 && chars2 >= minChars) runs.push({ text: bytes.toString("utf8", start, end), offset: start, encoding: "utf8" });
    start = -1;
    chars2 = 0;
  };
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i];
    const width = byte < 128 ? isPrintableAscii(byte) ? 1 : 0 : printableUtf8Width(bytes, i);
    if (width === 0) {
      close(i);
      i++;
      continue;
    }
    if (start < 0) start = i;
    chars2++;
    i += width;
  }
  close(bytes.length);
  return runs;
}
function utf16leRuns(bytes, minChars = MIN_RUN_CHARS) {
  const runs = [];
  for (const alignment of [0, 1]) {
    let start = -1;
    const close = (end) => {
      if (start >= 0 && isCStringTail(bytes, start, end)) start += 2;
      if (start >= 0 && (end - start) / 2 >= minChars) runs.push({ text: bytes.toString("utf16le", start, end), offset: start, encoding: "utf16le" });
      start = -1;
    };
    let i = alignment;
    for (; i + 1 < bytes.length; i += 2) {
      if (bytes[i + 1] === 0 && isPrintableAscii(bytes[i])) {
        if (start < 0) start = i;
      } else {
        close(i);
      }
    }
    close(i);
  }
  return runs.sort((a, b) => a.offset - b.offset);
}
function isCStringTail(bytes, start, end) {
  if (start === 0 || !isPrintableAscii(bytes[start - 1]) || end - start < 4) return false;
  for (let k = 0; k < PREFIX_UTF16.length && start + k < end; k++) if (bytes[start + k] !== PREFIX_UTF16[k]) return true;
  return false;
}
var PREFIX_UTF16 = Buffer.from("mon_", "utf16le");
function printableRuns(bytes) {
  return [...utf8Runs(bytes), ...utf16leRuns(bytes)].sort((a, b) => a.offset - b.offset || (a.encoding < b.encoding ? -1 : 1));
}
function runsAtPrefixes(runs) {
  const out = [];
  for (const run of runs) {
    out.push(run);
    const width = run.encoding === "utf16le" ? 2 : 1;
    for (let i = run.text.indexOf("mon_", 1); i !== -1; i = run.text.indexOf("mon_", i + 1)) {
      if (/[A-Za-z0-9]/.test(run.text[i - 1])) out.push({ text: run.text.slice(i), offset: run.offset + i * width, encoding: run.encoding });
    }
  }
  return out;
}

// src/sources/binary/hermes.ts
var MAGIC = Buffer.from([198, 31, 188, 3, 193, 3, 25, 31]);
var HERMES_MIN_VERSION = 84;
var HERMES_MAX_VERSION = 99;
var FILE_HEADER_SIZE = 128;
function isHermes(bytes) {
  return bytes.length >= 8 && bytes.subarray(0, 8).equals(MAGIC);
}
function functionHeaderSize(version) {
  return version >= 97 ? 12 : 16;
}
var align4 = (n) => n + (4 - n % 4) % 4;
function readHermesStrings(bytes) {
  const problems = [];
  const fallback = (why) => {
    problems.push(`hermes: ${why}; read printable runs instead`);
    return { strings: printableRuns(bytes), problems };
  };
  if (bytes.length < FILE_HEADER_SIZE) return fallback(`header truncated (${bytes.length} of ${FILE_HEADER_SIZE} bytes)`);
  const version = bytes.readUInt32LE(8);
  if (version < HERMES_MIN_VERSION || version > HERMES_MAX_VERSION)
    return fallback(`bytecode version ${version} is not one this reader knows (${HERMES_MIN_VERSION}\u2013${HERMES_MAX_VERSION})`);
  const functionCount = bytes.readUInt32LE(40);
  const stringKindCount = bytes.readUInt32LE(44);
  const identifierCount = bytes.readUInt32LE(48);
  const stringCount = bytes.readUInt32LE(52);
  const overflowCount = bytes.readUInt32LE(56);
  const storageSize = bytes.readUInt32LE(60);
  let at = FILE_HEADER_SIZE;
  at = align4(at + functionCount * functionHeaderSize(version));
  at = align4(at + stringKindCount * 4);
  at = align4(at + identifierCount * 4);
  const smallTable = at;
  at = align4(at + stringCount * 4);
  const overflowTable = at;
  at = align4(at + overflowCount * 8);
  const storage = at;
  if (storage > bytes.length) return fallback(`the string table (${stringCount} strings) runs past the end of the file`);
  const storageEnd = Math.min(bytes.length, storage + storageSize);
  if (storage + storageSize > bytes.length)
    problems.push(`hermes: string storage claims ${storageSize} bytes, ${bytes.length - storage} left; read what is there`);
  const strings = [];
  const budget = new ReadBudget(bytes.length);
  for (let i = 0; i < stringCount; i++) {
    const entry = bytes.readUInt32LE(smallTable + 4 * i);
    const utf16 = (entry & 1) === 1;
    let offset = entry >>> 1 & 8388607;
    let length = entry >>> 24;
    if (length === 255) {
      if (offset >= overflowCount) {
        problems.push(`hermes: string ${i} names overflow entry ${offset} of ${overflowCount}`);
        continue;
      }
      length = bytes.readUInt32LE(overflowTable + 8 * offset + 4);
      offset = bytes.readUInt32LE(overflowTable + 8 * offset);
    }
    const byteLength = utf16 ? 2 * length : length;
    const start = storage + offset;
    if (start + byteLength > storageEnd) {
      problems.push(`hermes: string ${i} (${byteLength} bytes at storage offset ${offset}) runs past the storage`);
      continue;
    }
    if (!budget.take(byteLength)) {
      problems.push("hermes: string data exceeds the read budget; stopped");
      break;
    }
    if (length === 0) continue;
    strings.push({ text: bytes.toString(utf16 ? "utf16le" : "latin1", start, start + byteLength), offset: start, encoding: utf16 ? "utf16le" : "utf8" });
  }
  strings.sort((a, b) => a.offset - b.offset);
  return { strings, problems };
}

// src/sources/binary/index.ts
var MACHO_THIN = /* @__PURE__ */ new Set([4277009102, 4277009103, 3472551422, 3489328638]);
var MACHO_FAT = /* @__PURE__ */ new Set([3405691582, 3405691583, 3199925962, 3216703178]);
var MAX_FAT_ARCHES = 30;
function binaryFormat(bytes) {
  if (isDex(bytes)) return "dex";
  if (isHermes(bytes)) return "hermes";
  if (isBplist(bytes)) return "bplist";
  if (isAxml(bytes)) return "axml";
  if (isArsc(bytes)) return "arsc";
  if (bytes.length >= 4) {
    if (bytes[0] === 127 && bytes.toString("latin1", 1, 4) === "ELF") return "elf";
    const magic = bytes.readUInt32BE(0);
    if (MACHO_THIN.has(magic)) return "macho";
    if (MACHO_FAT.has(magic) && bytes.length >= 8) {
      const arches = magic === 3405691582 || magic === 3405691583 ? bytes.readUInt32BE(4) : bytes.readUInt32LE(4);
      if (arches > 0 && arches <= MAX_FAT_ARCHES) return "macho";
    }
  }
  return "raw";
}
function readBinaryStrings(bytes, format = binaryFormat(bytes)) {
  try {
    switch (format) {
      case "dex":
        return readDexStrings(bytes);
      case "axml":
      case "arsc":
        return readResourceStrings(bytes);
      case "hermes":
        return readHermesStrings(bytes);
      case "bplist":
        return readBplistStrings(bytes);
      case "macho":
      case "elf":
      case "raw":
        return { strings: printableRuns(bytes), problems: [] };
    }
  } catch (error) {
    return { strings: printableRuns(bytes), problems: [`${format}: reader failed (${String(error)}); read printable runs instead`] };
  }
}

// src/scan/scan-input.ts
init_errors();
import * as fs7 from "node:fs";

// src/filters/inline.ts
var MARKER = "monime-guard-ignore";
var NEXT_LINE = "-next-line";
var DIRECTIVE = /monime-guard-ignore(-next-line)?(?![\w-])[ \t]*([a-z][a-z0-9]*(?:[-/][a-z0-9]+)+)?(?:[ \t]*--(?!>)[ \t]*(.*?))?[ \t]*(?:\*\/|-->|$)/g;
function readDirectives(line, scope) {
  if (!line.includes(MARKER)) return [];
  const directives = [];
  for (const match2 of line.matchAll(DIRECTIVE)) {
    const isNextLine = match2[1] === NEXT_LINE;
    if (isNextLine !== (scope === "next-line")) continue;
    const directive = { scope };
    if (match2[2]) directive.ruleId = match2[2];
    const reason = match2[3]?.trim();
    if (reason) directive.reason = reason;
    directives.push(directive);
  }
  return directives;
}
function inlineDirectiveFor(finding) {
  return (finding.directives ?? []).find((d) => d.ruleId === void 0 || d.ruleId === finding.ruleId);
}
function directivesIn(text2, from, to, firstLine) {
  const found2 = [];
  let line = firstLine;
  let counted = from;
  for (let at = text2.indexOf(MARKER, from); at !== -1 && at < to; at = text2.indexOf(MARKER, at + MARKER.length)) {
    for (let i = text2.indexOf("\n", counted); i !== -1 && i < at; i = text2.indexOf("\n", i + 1)) line++;
    counted = at;
    const end = text2.indexOf("\n", at);
    const rest = text2.slice(at, end === -1 ? text2.length : end);
    const match2 = new RegExp(DIRECTIVE.source).exec(rest);
    if (!match2 || match2.index !== 0) continue;
    found2.push({ line, scope: match2[1] === NEXT_LINE ? "next-line" : "same-line", ...match2[2] ? { ruleId: match2[2] } : {} });
  }
  return found2;
}

// src/sources/fragments.ts
import { isAscii, isUtf8 } from "node:buffer";
init_grammar();
var BINARY_SNIFF = 8192;
var OVERLAP = 8 * MAX_TOKEN_LENGTH * 4;
var MARGIN = 2048;
var sharedBuffer;
var CHUNK_BYTES = 2 * 1024 * 1024;
function bufferForThread() {
  sharedBuffer ??= Buffer.allocUnsafe(CHUNK_BYTES);
  return sharedBuffer;
}
function* readFragments(read, options) {
  const buffer = bufferForThread();
  let length = options.preloaded ?? 0;
  let total = length;
  let eof = options.preloaded !== void 0 && options.regularFile === true && length < buffer.length;
  const fill = () => {
    while (length < buffer.length) {
      const wanted = buffer.length - length;
      const n = read(buffer, length, wanted);
      length += n;
      total += n;
      if (n === 0 || options.regularFile && n < wanted) {
        eof = true;
        return;
      }
    }
  };
  if (!eof) fill();
  const sniffed = sniffEncoding(buffer, length, options.scanBinary);
  if (sniffed.mode === "binary") return { bytes: total, binary: true, ...sniffed.bomMismatch ? { bomMismatch: true } : {} };
  const mode = sniffed.mode;
  let reportStart = sniffed.skip;
  const codec = CODECS[mode];
  let swappedTo = 0;
  let line = 1;
  let column = 0;
  for (; ; ) {
    if (mode === "utf16be") {
      const end = length - (length - swappedTo) % 2;
      buffer.subarray(swappedTo, end).swap16();
      swappedTo = end;
    }
    let reportEnd = eof ? length : codec.boundary(buffer, length - OVERLAP, reportStart);
    if (eof && mode !== "utf8" && mode !== "latin1") reportEnd -= (reportEnd - reportStart) % 2;
    const hit = codec.prefilter(buffer, Math.max(0, reportStart - MARGIN), length);
    if (hit) {
      const encoding = codec.encoding === "utf8" && isAscii(buffer.subarray(0, length)) ? "latin1" : codec.encoding;
      const before = buffer.toString(encoding, 0, reportStart);
      const middle = buffer.toString(encoding, reportStart, reportEnd);
      const after = buffer.toString(encoding, reportEnd, length - (mode === "utf16le" || mode === "utf16be" ? length % 2 : 0));
      yield {
        text: before + middle + after,
        from: before.length,
        to: before.length + middle.length,
        line,
        column
      };
    }
    if (eof) break;
    [line, column] = codec.advance(buffer, reportStart, reportEnd, line, column);
    const keepFrom = codec.boundary(buffer, reportEnd - MARGIN, 0);
    buffer.copy(buffer, 0, keepFrom, length);
    length -= keepFrom;
    swappedTo -= keepFrom;
    reportStart = reportEnd - keepFrom;
    fill();
  }
  return { bytes: total, binary: false, ...sniffed.bomMismatch ? { bomMismatch: true } : {} };
}
function sniffEncoding(buffer, length, scanBinary) {
  if (length >= 3 && buffer[0] === 239 && buffer[1] === 187 && buffer[2] === 191) return { mode: "utf8", skip: 3 };
  const utf16 = length >= 2 && buffer[0] === 255 && buffer[1] === 254 ? "utf16le" : length >= 2 && buffer[0] === 254 && buffer[1] === 255 ? "utf16be" : void 0;
  if (utf16) {
    if (!contradictsUtf16(buffer, length)) return { mode: utf16, skip: 2 };
    return { mode: "utf8", skip: 2, bomMismatch: true };
  }
  if (buffer.subarray(0, Math.min(length, BINARY_SNIFF)).includes(0)) return { mode: scanBinary ? "latin1" : "binary", skip: 0 };
  return { mode: "utf8", skip: 0 };
}
function contradictsUtf16(buffer, length) {
  if (length <= 2) return false;
  let end = Math.min(length, 2 + BINARY_SNIFF);
  if (buffer.subarray(2, end).includes(0)) return false;
  if (end < length) for (let k = 0; k < 3 && end > 2 && ((buffer[end] ?? 0) & 192) === 128; k++) end--;
  return isUtf8(buffer.subarray(2, end));
}
var NEWLINE = 10;
function advanceBytes(buffer, start, end, line, column, units) {
  let last = -1;
  for (let i = buffer.indexOf(NEWLINE, start); i !== -1 && i < end; i = buffer.indexOf(NEWLINE, i + 1)) {
    line++;
    last = i;
  }
  return last === -1 ? [line, column + units(start, end)] : [line, units(last + 1, end)];
}
var utf8Codec = {
  encoding: "utf8",
  boundary(buffer, index, floor) {
    let i = Math.max(index, floor);
    while (i > floor && ((buffer[i] ?? 0) & 192) === 128) i--;
    return i;
  },
  prefilter: (buffer, start, end) => mayContainToken(buffer, start, end),
  // Columns count what the decoder produces (one U+FFFD per invalid sequence), so the length of
  // the decoded text is the only count that agrees with positions inside a fragment.
  advance: (buffer, start, end, line, column) => advanceBytes(buffer, start, end, line, column, (s, e) => buffer.toString("utf8", s, e).length)
};
var latin1Codec = {
  encoding: "latin1",
  boundary: (_buffer, index, floor) => Math.max(index, floor),
  prefilter: (buffer, start, end) => mayContainToken(buffer, start, end),
  advance: (buffer, start, end, line, column) => advanceBytes(buffer, start, end, line, column, (s, e) => e - s)
};
var utf16Codec = {
  encoding: "utf16le",
  boundary: (_buffer, index, floor) => {
    const i = Math.max(index, floor);
    return i - (i - floor) % 2;
  },
  prefilter: (buffer, start, end) => mayContainTokenText(buffer.toString("utf16le", start, end - (end - start) % 2)),
  advance(buffer, start, end, line, column) {
    const text2 = buffer.toString("utf16le", start, end);
    let last = -1;
    for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", i + 1)) {
      line++;
      last = i;
    }
    return last === -1 ? [line, column + text2.length] : [line, text2.length - last - 1];
  }
};
var CODECS = { utf8: utf8Codec, latin1: latin1Codec, utf16le: utf16Codec, utf16be: utf16Codec };

// src/findings/fingerprint.ts
import { createHash } from "node:crypto";
var FINGERPRINT_LENGTH = 32;
function fingerprintOf(ruleId, token) {
  return createHash("sha256").update(`${ruleId}\0${token}`).digest("hex").slice(0, FINGERPRINT_LENGTH);
}

// src/scan/scan-exposure.ts
init_mask();

// src/scan/locate.ts
function createLocator(text2, from, line, column) {
  let at = from;
  let currentLine = line;
  let lineStart = from - column;
  return (index) => {
    for (let nl = text2.indexOf("\n", at); nl !== -1 && nl < index; nl = text2.indexOf("\n", nl + 1)) {
      currentLine++;
      lineStart = nl + 1;
    }
    at = Math.max(at, index);
    return { line: currentLine, column: index - lineStart + 1 };
  };
}
function linesAround(text2, index) {
  const start = text2.lastIndexOf("\n", index - 1) + 1;
  let end = text2.indexOf("\n", index);
  if (end === -1) end = text2.length;
  const previousStart = start > 0 ? text2.lastIndexOf("\n", start - 2) + 1 : start;
  return {
    line: trimCr(text2.slice(start, end)),
    previous: start > 0 ? trimCr(text2.slice(previousStart, start - 1)) : ""
  };
}
function trimCr(line) {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

// src/scan/scan-exposure.ts
function exposureApplies(path19, rules2) {
  return rules2.exposure !== void 0 && (isEnvFile(path19) || clientConfigKind(path19) !== void 0);
}
function exposureFindings(text2, path19, rules2) {
  const rule = rules2.exposure;
  if (!rule) return [];
  const kind = clientConfigKind(path19);
  const exposures = isEnvFile(path19) ? findEnvExposures(text2) : kind ? findConfigExposures(text2, kind) : [];
  const locate = createLocator(text2, 0, 1, 0);
  return exposures.sort((a, b) => spanStart(a) - spanStart(b)).map((exposure) => {
    const start = spanStart(exposure);
    const end = exposure.token ? exposure.token.end : exposure.end;
    const from = locate(start);
    const { line, previous } = linesAround(text2, start);
    const directives = [...readDirectives(line, "same-line"), ...readDirectives(previous, "next-line")];
    const token = exposure.token;
    const finding = {
      ruleId: rule.ruleId,
      severity: rule.severity,
      confidence: token?.confidence ?? "high",
      path: path19,
      origin: { kind: "file", path: path19 },
      span: { start: from, end: { line: from.line, column: from.column + (end - start) } },
      // A variable is not a secret; a token is shown masked, as everywhere.
      masked: token ? maskToken(token.token) : exposure.variable,
      fingerprint: fingerprintOf(rule.ruleId, token ? token.token : `${path19}\0${exposure.variable}`),
      bodyLength: token?.bodyLength ?? 0,
      exposure: { variable: exposure.variable, ...exposure.prefix ? { prefix: exposure.prefix } : {}, via: exposure.via }
    };
    if (token) finding.tokenKind = token.kind;
    if (token?.encoding) finding.encoding = token.encoding;
    if (directives.length > 0) finding.directives = directives;
    return finding;
  });
}
function spanStart(exposure) {
  return exposure.token ? exposure.token.start : exposure.start;
}
function replaceTokenFindings(findings, from, exposures) {
  const taken = new Set(exposures.filter((e) => e.tokenKind).map((e) => `${e.span.start.line}:${e.span.start.column}`));
  for (let i = findings.length - 1; i >= from; i--) {
    const f = findings[i];
    if (taken.has(`${f.span.start.line}:${f.span.start.column}`)) findings.splice(i, 1);
  }
}

// src/scan/scan-fragment.ts
init_mask();
function scanFragment(fragment, path19, rules2, placeholders, into, secrets) {
  const { text: text2, from, to } = fragment;
  const result = detect(text2, { from, to, placeholders });
  const locate = createLocator(text2, from, fragment.line, fragment.column);
  const events = [
    ...result.matches.map((match2) => ({ start: match2.start, match: match2 })),
    ...result.rejections.map((rejection) => ({ start: rejection.start, rejection }))
  ].sort((a, b) => a.start - b.start);
  for (const event of events) {
    const start = locate(event.start);
    if ("match" in event) {
      const { match: match2 } = event;
      const rule = rules2[match2.kind];
      if (!rule) continue;
      const { line, previous } = linesAround(text2, match2.start);
      const directives = [...readDirectives(line, "same-line"), ...readDirectives(previous, "next-line")];
      const finding = tokenFinding(match2, rule, path19, { start, end: endOf(text2, match2.start, match2.end, start) }, secrets);
      if (directives.length > 0) finding.directives = directives;
      into.findings.push(finding);
    } else {
      const { rejection } = event;
      into.placeholders.push({
        path: path19,
        span: { start, end: { line: start.line, column: start.column + (rejection.end - rejection.start) } },
        masked: maskPlaceholder(rejection.text),
        reason: rejection.reason
      });
    }
  }
}
function scanPath(path19, rules2, into, secrets) {
  if (!mayContainTokenText(path19)) return;
  for (const match2 of detect(path19).matches) {
    const rule = rules2[match2.kind];
    if (!rule) continue;
    const at = { line: 1, column: 1 };
    into.findings.push({ ...tokenFinding(match2, rule, path19, { start: at, end: at }, secrets), place: "path" });
  }
}
function tokenFinding(match2, rule, path19, span, secrets) {
  const finding = {
    ruleId: rule.ruleId,
    severity: rule.severity,
    confidence: match2.confidence,
    tokenKind: match2.kind,
    path: path19,
    origin: { kind: "file", path: path19 },
    span,
    masked: maskToken(match2.token),
    fingerprint: fingerprintOf(rule.ruleId, match2.token),
    bodyLength: match2.bodyLength
  };
  if (match2.encoding) finding.encoding = match2.encoding;
  secrets?.set(finding.fingerprint, match2.token);
  return finding;
}
function onePerPathToken(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((finding) => {
    if (finding.place !== "path") return true;
    const repository = "repository" in finding.origin ? finding.origin.repository ?? "" : "";
    const key = `${finding.fingerprint}\0${repository}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function endOf(text2, start, end, startAt) {
  let line = startAt.line;
  let lastBreak = -1;
  for (let i = text2.indexOf("\n", start); i !== -1 && i < end; i = text2.indexOf("\n", i + 1)) {
    line++;
    lastBreak = i;
  }
  return lastBreak === -1 ? { line, column: startAt.column + (end - start) } : { line, column: end - lastBreak };
}
function maskPlaceholder(text2) {
  const body = text2.replace(/^mon_(test_)?/, "");
  return /^[A-Za-z0-9]{16,}/.test(body) ? maskToken(text2) : text2.slice(0, 40);
}

// src/scan/scan-input.ts
function emptyBatch() {
  return { findings: [], placeholders: [], warnings: [], filesScanned: 0, bytesScanned: 0, binarySkipped: 0 };
}
function mergeBatch(into, from) {
  into.findings.push(...from.findings);
  into.placeholders.push(...from.placeholders);
  into.warnings.push(...from.warnings);
  into.filesScanned += from.filesScanned;
  into.bytesScanned += from.bytesScanned;
  into.binarySkipped += from.binarySkipped;
  if (from.ignoredEnvFiles) into.ignoredEnvFiles = (into.ignoredEnvFiles ?? 0) + from.ignoredEnvFiles;
  if (from.suppressed?.length) (into.suppressed ??= []).push(...from.suppressed);
  if (from.repository && !into.repository) into.repository = from.repository;
  if (from.repositories?.length) (into.repositories ??= []).push(...from.repositories);
  if (from.archives?.length) (into.archives ??= []).push(...from.archives);
  if (from.directives?.length) (into.directives ??= []).push(...from.directives);
  if (from.repositoryCounts) {
    const counts = into.repositoryCounts ??= { listed: 0, scanned: 0, unchanged: 0, failed: 0 };
    for (const key of ["listed", "scanned", "unchanged", "failed"]) counts[key] += from.repositoryCounts[key];
  }
}
var LISTED_FLAGS = fs7.constants.O_RDONLY | fs7.constants.O_NOFOLLOW | fs7.constants.O_NONBLOCK;
var EXPLICIT_FLAGS = fs7.constants.O_RDONLY | fs7.constants.O_NONBLOCK;
function scanFile(entry, settings, into) {
  scanPath(entry.rel, settings.rules, into, settings.secrets);
  let fd;
  try {
    fd = fs7.openSync(entry.abs, entry.explicit ? EXPLICIT_FLAGS : LISTED_FLAGS);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ELOOP" && !entry.explicit) return;
    if (code === "ENOENT") {
      into.warnings.push({ path: entry.rel, code: "vanished", message: `${entry.rel}: disappeared before it could be read` });
    } else if (code === "ELOOP") {
      into.warnings.push({ path: entry.rel, code: "symlink-loop", message: `${entry.rel}: symlink loop, skipped` });
    } else {
      into.warnings.push({ path: entry.rel, code: "unreadable", message: `${entry.rel}: cannot open (${code ?? String(error)})` });
    }
    return;
  }
  try {
    if (entry.explicit && !fs7.fstatSync(fd).isFile()) {
      into.warnings.push({ path: entry.rel, code: "not-regular", message: `${entry.rel}: not a regular file, skipped` });
      return;
    }
    const buffer = bufferForThread();
    const first = fs7.readSync(fd, buffer, 0, buffer.length, null);
    if (entry.ignoredEnv) {
      readIgnoredEnv(buffer, first, entry.rel, settings, into);
      return;
    }
    if (archiveKind(buffer.subarray(0, first))) {
      (into.archives ??= []).push({ abs: entry.abs, rel: entry.rel });
      return;
    }
    const exposures = first < buffer.length ? fileExposures(buffer, first, entry.rel, settings) : [];
    const before = into.findings.length;
    const miss = first < buffer.length ? plainMiss(buffer, first, settings.scanBinary) : void 0;
    if (miss) {
      into.filesScanned++;
      into.bytesScanned += first;
      if (settings.directives && miss.directive) {
        const text2 = buffer.toString("utf8", 0, first);
        keepDirectives(directivesIn(text2, 0, text2.length, 1), entry.rel, into);
      }
    } else {
      const read = (target, offset, length) => fs7.readSync(fd, target, offset, length, null);
      scanStream(read, entry.rel, settings, into, true, first);
    }
    addExposures(into, before, exposures);
  } catch (error) {
    const code = errorCode(error);
    if (code === "EISDIR") return;
    into.warnings.push({ path: entry.rel, code: "unreadable", message: `${entry.rel}: read failed (${code ?? String(error)})` });
  } finally {
    fs7.closeSync(fd);
  }
}
function readIgnoredEnv(buffer, length, rel, settings, into) {
  if (!exposureApplies(rel, settings.rules)) return;
  into.ignoredEnvFiles = (into.ignoredEnvFiles ?? 0) + 1;
  into.bytesScanned += length;
  into.findings.push(...fileExposures(buffer, length, rel, settings).filter((finding) => finding.tokenKind !== void 0));
}
function scanStream(read, path19, settings, into, regularFile = false, preloaded) {
  const fragments = readFragments(read, { scanBinary: settings.scanBinary, regularFile, ...preloaded === void 0 ? {} : { preloaded } });
  for (let step = fragments.next(); ; step = fragments.next()) {
    if (step.done) {
      if (step.value.bomMismatch) {
        into.warnings.push({
          path: path19,
          code: "bom-mismatch",
          message: `${path19}: starts with a UTF-16 byte-order mark, but its bytes are not UTF-16 (no zero bytes); read as UTF-8 after the mark`
        });
      }
      if (step.value.binary) {
        into.binarySkipped++;
      } else {
        into.filesScanned++;
        into.bytesScanned += step.value.bytes;
      }
      return;
    }
    scanFragment(step.value, path19, settings.rules, settings.placeholders, into, settings.secrets);
    if (settings.directives) keepDirectives(directivesIn(step.value.text, step.value.from, step.value.to, step.value.line), path19, into);
  }
}
function keepDirectives(found2, path19, into) {
  if (found2.length > 0) (into.directives ??= []).push(...found2.map((directive) => ({ ...directive, path: path19 })));
}
function plainMiss(buffer, length, scanBinary) {
  const { mode, bomMismatch } = sniffEncoding(buffer, length, scanBinary);
  if (mode !== "utf8" && mode !== "latin1" || bomMismatch) return void 0;
  const verdict = gateBytes(buffer, 0, length);
  return verdict.token ? void 0 : verdict;
}
function scanBytes(bytes, path19, settings, into) {
  scanPath(path19, settings.rules, into, settings.secrets);
  const exposures = fileExposures(bytes, bytes.length, path19, settings);
  const before = into.findings.length;
  if (plainMiss(bytes, bytes.length, settings.scanBinary)) {
    into.filesScanned++;
    into.bytesScanned += bytes.length;
  } else {
    scanStream(bufferReader(bytes), path19, settings, into);
  }
  addExposures(into, before, exposures);
}
function fileExposures(bytes, length, path19, settings) {
  if (!exposureApplies(path19, settings.rules)) return [];
  const { mode } = sniffEncoding(bytes, length, false);
  return mode === "utf8" ? exposureFindings(bytes.toString("utf8", 0, length), path19, settings.rules) : [];
}
function addExposures(into, before, exposures) {
  if (exposures.length === 0) return;
  replaceTokenFindings(into.findings, before, exposures);
  into.findings.push(...exposures);
}
function bufferReader(bytes) {
  let position = 0;
  return (buffer, offset, length) => {
    const n = bytes.copy(buffer, offset, position, Math.min(bytes.length, position + length));
    position += n;
    return n;
  };
}

// src/scan/archive.ts
var OVERLAP2 = 4096;
var MAX_CARRY = 1024 * 1024;
var BINARY_NEEDLES = [Buffer.from("mon"), Buffer.from("mon", "utf16le"), Buffer.from("\0m\0o\0n", "latin1")];
function entryPath(archive, entry) {
  return [archive, ...entry].join("!/");
}
async function scanArchive(input2, settings, into, limits = {}) {
  const maps = /* @__PURE__ */ new Map();
  let mapBytes = 0;
  const pending = [];
  await walkArchive(
    input2.source,
    { ...DEFAULT_ARCHIVE_LIMITS, ...settings.maxArchiveDepth !== void 0 ? { maxDepth: settings.maxArchiveDepth } : {}, ...limits },
    async (entry) => {
      const own = emptyBatch();
      const where = entryPath(input2.path, entry.path);
      await scanEntry(entry, where, settings, own);
      for (const finding of own.findings) finding.origin = input2.origin(entry.path);
      if (input2.sourceMapsFrom !== void 0 && entry.bytes) {
        const name = entry.path.at(-1) ?? "";
        if (name.endsWith(".map") && mapBytes + entry.bytes.length <= MAP_BUDGET) {
          maps.set(entry.path.join("\0"), entry.bytes);
          mapBytes += entry.bytes.length;
        } else if (own.findings.length > 0 && /\.(m?js|cjs|bundle|jsbundle)$/.test(name)) {
          const url = sourceMappingUrl(entry.bytes.subarray(Math.max(0, entry.bytes.length - 64 * 1024)));
          pending.push({ entry: entry.path, findings: own.findings, ...url ? { url } : {} });
        }
      }
      into.findings.push(...own.findings);
      into.placeholders.push(...own.placeholders);
      into.warnings.push(...own.warnings);
      into.filesScanned += own.filesScanned;
      into.bytesScanned += own.bytesScanned;
    },
    (warning) => {
      const where = entryPath(input2.path, warning.path);
      into.warnings.push({ path: where, code: warning.code, message: `${where}: ${warning.message}` });
    }
  );
  if (input2.sourceMapsFrom !== void 0) for (const mapped of pending) mapBack(mapped, maps, input2.path, input2.sourceMapsFrom);
}
var MAP_BUDGET = 256 * 1024 * 1024;
function mapBack(mapped, maps, archive, root) {
  const parent = mapped.entry.slice(0, -1);
  const name = mapped.entry.at(-1);
  const dir = path6.posix.dirname(name);
  const inArchive = path6.join(root, `${entryPath(archive, [...parent, dir === "." ? "" : dir])}`);
  let loaded;
  if (mapped.url?.startsWith("data:")) loaded = inlineMap(mapped.url, inArchive);
  else {
    const candidates = [...mapped.url && !/^[a-z]+:/i.test(mapped.url) ? [path6.posix.normalize(path6.posix.join(dir, mapped.url))] : [], `${name}.map`];
    const found2 = candidates.map((candidate) => maps.get([...parent, candidate].join("\0"))).find((bytes) => bytes !== void 0);
    if (found2) loaded = readMap(found2, inArchive);
  }
  if (!loaded) return;
  const originals = originalPositions(
    loaded,
    mapped.findings.map((finding) => finding.span.start),
    root
  );
  mapped.findings.forEach((finding, i) => {
    const original = originals[i];
    if (!original) return;
    const rel = path6.relative(root, original.source).split(path6.sep).join("/");
    finding.related = [
      ...finding.related ?? [],
      { path: rel.startsWith("..") ? original.source : rel, line: original.line, column: original.column, role: "original source" }
    ];
  });
}
async function scanEntry(entry, where, settings, into) {
  if (entry.bytes) {
    scanContent(entry.bytes, where, settings, into);
    return;
  }
  if (!entry.chunks) return;
  let carry = Buffer.alloc(0);
  let linesBefore = 0;
  let bytesBefore = 0;
  let binary;
  const seen = /* @__PURE__ */ new Set();
  for await (const chunk of entry.chunks) {
    const window = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    binary ??= looksBinary(window);
    const own = emptyBatch();
    scanContent(window, where, settings, own, binary);
    for (const finding of own.findings) {
      shift(finding, binary ? 0 : linesBefore, binary ? bytesBefore : 0);
      const key = `${finding.fingerprint}:${finding.span.start.line}:${finding.span.start.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      into.findings.push(finding);
    }
    into.placeholders.push(...own.placeholders);
    into.bytesScanned += chunk.length;
    let cut = Math.max(0, window.length - OVERLAP2);
    if (!binary) {
      const lineStart = window.lastIndexOf(10, cut) + 1;
      if (lineStart > 0 && window.length - lineStart <= MAX_CARRY) cut = lineStart;
      linesBefore += countNewlines(window.subarray(0, cut));
    }
    bytesBefore += cut;
    carry = Buffer.from(window.subarray(cut));
  }
  into.filesScanned++;
}
function scanContent(bytes, where, settings, into, binary = looksBinary(bytes)) {
  if (!binary) {
    scanBytes(bytes, where, { ...settings, scanBinary: true }, into);
    return;
  }
  into.filesScanned++;
  into.bytesScanned += bytes.length;
  if (!BINARY_NEEDLES.some((needle) => bytes.includes(needle)) && !mayContainBase64Prefix(bytes)) return;
  for (const found2 of binaryStrings(bytes, where, into)) {
    if (!mayContainTokenText(found2.text)) continue;
    const own = emptyBatch();
    scanBytes(Buffer.from(found2.text, "utf8"), where, { ...settings, scanBinary: false }, own);
    for (const finding of own.findings) {
      placeInBinary(finding.span, found2.offset);
      into.findings.push(finding);
    }
    for (const placeholder of own.placeholders) placeInBinary(placeholder.span, found2.offset);
    into.placeholders.push(...own.placeholders);
  }
}
function binaryStrings(bytes, where, into) {
  const read = readBinaryStrings(bytes);
  if (read.problems.length === 0) return read.strings;
  const first = read.problems[0].replace(/; read printable runs instead$/, "");
  const more = read.problems.length > 1 ? ` (and ${read.problems.length - 1} more)` : "";
  into.warnings.push({ path: where, code: "binary-tables", message: `${where}: ${first}${more}; its printable runs were scanned instead` });
  return runsAtPrefixes(printableRuns(bytes));
}
function placeInBinary(span, offset) {
  span.start = { line: 1, column: offset + span.start.column };
  span.end = { line: 1, column: offset + span.end.column };
}
function shift(finding, lines, bytes) {
  const { start, end } = finding.span;
  finding.span = {
    start: { line: start.line + lines, column: start.column + bytes },
    end: { line: end.line + lines, column: end.column + bytes }
  };
}
function looksBinary(bytes) {
  return bytes.subarray(0, 8192).includes(0);
}
function countNewlines(bytes) {
  let count = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) count++;
  return count;
}

// src/scan/setup.ts
init_order();
import * as fs12 from "node:fs";
import * as os2 from "node:os";
import * as path11 from "node:path";

// src/config/baseline.ts
init_order();
init_errors();
import path8 from "node:path";

// src/config/json-syntax.ts
init_errors();

// src/config/messages.ts
init_mask();
import path7 from "node:path";
var MAX_ECHO = 60;
function shorten(text2) {
  const redacted = redactTokens(text2);
  return redacted.length > MAX_ECHO ? `${redacted.slice(0, MAX_ECHO - 1)}\u2026` : redacted;
}
function quote(text2) {
  return JSON.stringify(shorten(text2));
}
function describeValue(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return quote(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "an array";
  if (value instanceof Uint8Array) return "binary data";
  return "an object";
}
function toPointer(segments) {
  if (segments.length === 0) return "/";
  return segments.map((segment) => `/${redactTokens(String(segment)).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}
function displayPath(file) {
  const relative5 = path7.relative(process.cwd(), file);
  const outside = relative5 === "" || relative5 === ".." || relative5.startsWith(`..${path7.sep}`) || path7.isAbsolute(relative5);
  return outside ? file : relative5;
}
function describePosition(line, column) {
  return `line ${line} column ${column}`;
}

// src/config/json-syntax.ts
var MAX_DEPTH2 = 512;
var JsonSyntaxError = class extends Error {
  /** `syntax` for grammar errors; `duplicate-key` when an object repeats a key. */
  kind;
  /** What is wrong, in a few words, never quoting more than one character or one key of the input. */
  reason;
  /** 1-based line of the problem, when known. */
  line;
  /** 1-based column (UTF-16 code units) of the problem, when known. */
  column;
  constructor(kind, reason, position) {
    super(position ? `${reason} at line ${position.line} column ${position.column}` : reason);
    this.name = "JsonSyntaxError";
    this.kind = kind;
    this.reason = reason;
    this.line = position?.line;
    this.column = position?.column;
  }
};
function parseJson(text2) {
  new Scanner(text2).run();
  try {
    return JSON.parse(text2);
  } catch {
    throw new JsonSyntaxError("syntax", "rejected by JSON.parse");
  }
}
function jsonError(shown, error) {
  const where = error.line !== void 0 && error.column !== void 0 ? ` at ${describePosition(error.line, error.column)}` : "";
  if (error.kind === "duplicate-key") return new ConfigError(`${shown}: ${error.reason}${where}`);
  return new ConfigError(`${shown} is not JSON (${error.reason}${where})`);
}
function describeChar(char) {
  const code = char.codePointAt(0) ?? 0;
  if (code < 32 || code === 127 || code >= 128 && code < 160) {
    return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return JSON.stringify(char);
}
var NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
var HEX4 = /[0-9a-fA-F]{4}/y;
var Scanner = class {
  constructor(text2) {
    this.text = text2;
  }
  pos = 0;
  run() {
    this.skipWhitespace();
    this.value(0);
    this.skipWhitespace();
    if (this.pos < this.text.length) this.fail("unexpected text after the JSON value");
  }
  fail(reason, at = this.pos, kind = "syntax") {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) {
      if (this.text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    throw new JsonSyntaxError(kind, reason, { line, column: at - lineStart + 1 });
  }
  /** Fails on the character at `pos`, with a hint for the mistakes people make most often. */
  unexpected() {
    const code = this.text.codePointAt(this.pos);
    if (code === void 0) this.fail("unexpected end of input");
    const char = String.fromCodePoint(code);
    const hints = {
      "/": " (JSON does not allow comments)",
      "#": " (JSON does not allow comments)",
      "'": " (JSON strings need double quotes)"
    };
    this.fail(`unexpected character ${describeChar(char)}${hints[char] ?? ""}`);
  }
  skipWhitespace() {
    for (; ; ) {
      const code = this.text.charCodeAt(this.pos);
      if (code === 32 || code === 9 || code === 10 || code === 13) this.pos++;
      else return;
    }
  }
  value(depth) {
    if (depth > MAX_DEPTH2) this.fail(`nested more than ${MAX_DEPTH2} levels deep`);
    const char = this.text[this.pos];
    switch (char) {
      case "{":
        this.object(depth + 1);
        return;
      case "[":
        this.array(depth + 1);
        return;
      case '"':
        this.string();
        return;
      case "t":
        this.literal("true");
        return;
      case "f":
        this.literal("false");
        return;
      case "n":
        this.literal("null");
        return;
      default:
        if (char === "-" || char !== void 0 && char >= "0" && char <= "9") {
          this.number();
          return;
        }
        this.unexpected();
    }
  }
  object(depth) {
    this.pos++;
    this.skipWhitespace();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return;
    }
    const keys = /* @__PURE__ */ new Set();
    for (; ; ) {
      this.skipWhitespace();
      const char = this.text[this.pos];
      if (char === "}") this.fail('unexpected character "}" (JSON does not allow trailing commas)');
      if (char !== '"') {
        if (char === void 0 || char === "/" || char === "#" || char === "'") this.unexpected();
        this.fail("expected a property name in double quotes");
      }
      const keyStart = this.pos;
      this.string();
      const key = JSON.parse(this.text.slice(keyStart, this.pos));
      if (keys.has(key)) this.fail(`duplicate key ${quote(key)}`, keyStart, "duplicate-key");
      keys.add(key);
      this.skipWhitespace();
      if (this.text[this.pos] !== ":") {
        if (this.pos >= this.text.length) this.unexpected();
        this.fail('expected ":" after a property name');
      }
      this.pos++;
      this.skipWhitespace();
      this.value(depth);
      if (this.closes("}", "a property value")) return;
    }
  }
  array(depth) {
    this.pos++;
    this.skipWhitespace();
    if (this.text[this.pos] === "]") {
      this.pos++;
      return;
    }
    for (; ; ) {
      this.skipWhitespace();
      if (this.text[this.pos] === "]") {
        this.fail('unexpected character "]" (JSON does not allow trailing commas)');
      }
      this.value(depth);
      if (this.closes("]", "an array element")) return;
    }
  }
  /**
   * After a member of an object or array: a comma (false: another member follows) or the closing
   * bracket (true: done, consumed); anything else is an error naming what came before it.
   */
  closes(close, after) {
    this.skipWhitespace();
    const next = this.text[this.pos];
    if (next === "," || next === close) {
      this.pos++;
      return next === close;
    }
    if (next === void 0 || next === "/" || next === "#") this.unexpected();
    this.fail(`expected "," or "${close}" after ${after}`);
  }
  string() {
    const start = this.pos;
    this.pos++;
    for (; ; ) {
      if (this.pos >= this.text.length) this.fail("unterminated string", start);
      const code = this.text.charCodeAt(this.pos);
      if (code === 34) {
        this.pos++;
        return;
      }
      if (code === 92) {
        const escape2 = this.text[this.pos + 1];
        if (escape2 !== void 0 && '"\\/bfnrt'.includes(escape2)) {
          this.pos += 2;
          continue;
        }
        if (escape2 === "u") {
          HEX4.lastIndex = this.pos + 2;
          if (HEX4.test(this.text)) {
            this.pos += 6;
            continue;
          }
          this.fail("bad \\u escape in a string (needs four hex digits)");
        }
        if (escape2 === void 0) this.fail("unterminated string", start);
        this.fail(`bad escape \\${escape2} in a string`);
      }
      if (code === 10 || code === 13) {
        this.fail("unterminated string (a line break comes before the closing quote)", start);
      }
      if (code < 32) {
        this.fail(`unescaped control character ${describeChar(String.fromCharCode(code))} in a string`);
      }
      this.pos++;
    }
  }
  number() {
    const start = this.pos;
    NUMBER.lastIndex = start;
    const match2 = NUMBER.exec(this.text);
    if (!match2) this.fail("invalid number");
    this.pos += match2[0].length;
    const next = this.text[this.pos];
    if (next !== void 0 && /[0-9.eE+-]/.test(next)) this.fail("invalid number", start);
  }
  literal(word) {
    if (this.text.startsWith(word, this.pos)) {
      this.pos += word.length;
      return;
    }
    this.unexpected();
  }
};

// src/config/baseline.ts
init_mask();
init_write_file();

// src/config/read-text.ts
init_errors();
import { promises as fs9 } from "node:fs";

// src/sources/regular-file.ts
import * as fs8 from "node:fs";
var NotRegularFileError = class extends Error {
  /** Always `ENOTREG`, so callers that switch on system error codes can tell it apart. */
  code = "ENOTREG";
  constructor(file) {
    super(`${file}: not a regular file`);
  }
};
var FLAGS = fs8.constants.O_RDONLY | fs8.constants.O_NONBLOCK;
function readRegularFile(file) {
  const fd = fs8.openSync(file, FLAGS);
  try {
    const stat2 = fs8.fstatSync(fd);
    if (stat2.isDirectory()) throw Object.assign(new Error(`${file}: is a directory`), { code: "EISDIR" });
    if (!stat2.isFile()) throw new NotRegularFileError(file);
    return fs8.readFileSync(fd);
  } finally {
    fs8.closeSync(fd);
  }
}

// src/config/read-text.ts
async function readTextFile(file, kind) {
  const shown = displayPath(file);
  const failure2 = async (error) => {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") {
      const dangling = await fs9.lstat(file).then(
        (stat2) => stat2.isSymbolicLink(),
        () => false
      );
      return new ConfigError(dangling ? `${shown}: ${kind} is a broken symbolic link` : `${shown}: ${kind} not found`, { cause: error });
    }
    if (code === "EISDIR") return new ConfigError(`${shown}: is a directory, not a ${kind}`);
    return new ConfigError(`${shown}: cannot read the ${kind} (${code ?? String(error)})`, {
      cause: error
    });
  };
  let bytes;
  try {
    bytes = readRegularFile(file);
  } catch (error) {
    if (error instanceof NotRegularFileError) {
      throw new ConfigError(`${shown}: ${kind} is not a regular file (a FIFO, socket or device); write it to a file and name that`);
    }
    throw await failure2(error);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    throw new ConfigError(`${shown}: ${kind} is not UTF-8 text`, { cause: error });
  }
}

// src/config/validate.ts
init_errors();
function policyOptions(id) {
  return policyRules.find((policy) => policy.id === id)?.options;
}
var CONFIG_RULE_IDS = rules.map((rule) => rule.id);
var FAIL_ON_VALUES = ["live", "test", "any", "none", "active"];
var SEVERITY_VALUES = ["error", "warning", "note"];
var FINGERPRINT_PATTERN = /^[0-9a-f]{32}$/;
var MAX_GLOB_LENGTH = 4096;
var GLOB_PITFALLS = [
  { test: /^\//, why: 'it starts with "/", but paths are relative to the scan root' },
  { test: /^!/, why: 'a leading "!" would negate it; list only what to match' },
  { test: /^#/, why: 'a leading "#" makes it a comment that matches nothing' },
  { test: /^\.\//, why: 'a leading "./" never matches; drop it' },
  { test: /\/$/, why: `a trailing "/" never matches a file; end it with "/**" to match a directory's files` }
];
function fail(file, message) {
  throw new ConfigError(`${file}: ${message}`);
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
function codePointLength(text2) {
  let length = 0;
  for (const _ of text2) length++;
  return length;
}
var Validator = class {
  constructor(file) {
    this.file = file;
  }
  fail(at, problem) {
    fail(this.file, `${toPointer(at)} ${problem}`);
  }
  unknownKey(at, key, hint = "") {
    fail(this.file, `unknown key ${quote(key)} at ${toPointer(at)}${hint}`);
  }
  object(value, at) {
    if (!isPlainObject(value)) this.fail(at, `must be an object (got ${describeValue(value)})`);
    return value;
  }
  array(value, at) {
    if (!Array.isArray(value)) this.fail(at, `must be an array (got ${describeValue(value)})`);
    return value;
  }
  boolean(value, at) {
    if (typeof value !== "boolean") this.fail(at, `must be true or false (got ${describeValue(value)})`);
    return value;
  }
  string(value, at) {
    if (typeof value !== "string") this.fail(at, `must be a string (got ${describeValue(value)})`);
    return value;
  }
  nonEmptyString(value, at) {
    const text2 = this.string(value, at);
    if (text2 === "") this.fail(at, "must not be empty");
    return text2;
  }
  oneOf(value, allowed, at) {
    if (typeof value !== "string" || !allowed.includes(value)) {
      this.fail(at, `must be one of ${allowed.join(", ")} (got ${describeValue(value)})`);
    }
    return value;
  }
  glob(value, at) {
    const glob = this.nonEmptyString(value, at);
    if (codePointLength(glob) > MAX_GLOB_LENGTH) {
      this.fail(at, `must be at most ${MAX_GLOB_LENGTH} characters long; split it into several globs`);
    }
    for (const pitfall of GLOB_PITFALLS) {
      if (pitfall.test.test(glob)) this.fail(at, `is not a usable glob: ${pitfall.why} (got ${quote(glob)})`);
    }
    let matcher;
    try {
      matcher = new Minimatch(glob, { dot: true });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.fail(at, `is not a usable glob: minimatch refuses it (${reason}) (got ${quote(glob)})`);
    }
    if (matcher.comment || matcher.empty || matcher.negate) {
      this.fail(at, `is not a usable glob: minimatch reads it as a comment or a negation (got ${quote(glob)})`);
    }
    return glob;
  }
  config(value) {
    if (!isPlainObject(value)) {
      fail(this.file, `the top level must be an object of settings (got ${describeValue(value)})`);
    }
    const config = {};
    for (const [key, item] of Object.entries(value)) {
      const at = [key];
      switch (key) {
        case "$schema":
          config.$schema = this.string(item, at);
          break;
        case "failOn":
          config.failOn = this.oneOf(item, FAIL_ON_VALUES, at);
          break;
        case "rules":
          config.rules = this.rules(item, at);
          break;
        case "allow":
          config.allow = this.array(item, at).map((entry, index) => this.allowEntry(entry, [...at, index]));
          break;
        case "baseline":
          config.baseline = this.nonEmptyString(item, at);
          break;
        case "exclude":
          config.exclude = this.array(item, at).map((glob, index) => this.glob(glob, [...at, index]));
          break;
        case "scanBinary":
          config.scanBinary = this.boolean(item, at);
          break;
        case "gitIgnore":
          config.gitIgnore = this.boolean(item, at);
          break;
        case "reportUnusedDirectives":
          config.reportUnusedDirectives = this.boolean(item, at);
          break;
        default:
          this.unknownKey([], key);
      }
    }
    return config;
  }
  rules(value, at) {
    const rules2 = {};
    for (const [id, item] of Object.entries(this.object(value, at))) {
      if (!CONFIG_RULE_IDS.includes(id)) {
        this.unknownKey(at, id, ` (known rules: ${CONFIG_RULE_IDS.join(", ")})`);
      }
      const ruleAt = [...at, id];
      const settings = {};
      for (const [key, setting] of Object.entries(this.object(item, ruleAt))) {
        if (key === "enabled") settings.enabled = this.boolean(setting, [...ruleAt, key]);
        else if (key === "severity") settings.severity = this.oneOf(setting, SEVERITY_VALUES, [...ruleAt, key]);
        else if (key === "options" && policyOptions(id)) settings.options = this.policyOptions(setting, policyOptions(id), [...ruleAt, key]);
        else this.unknownKey(ruleAt, key);
      }
      rules2[id] = settings;
    }
    return rules2;
  }
  policyOptions(value, declared, at) {
    const options = {};
    for (const [key, option] of Object.entries(this.object(value, at))) {
      const spec = declared[key];
      if (!spec) {
        this.unknownKey(at, key);
        continue;
      }
      const where = [...at, key];
      if (spec.type === "integer") {
        if (typeof option !== "number" || !Number.isInteger(option) || option < 0)
          this.fail(where, `must be a whole number of at least 0 (got ${describeValue(option)})`);
        options[key] = option;
      } else {
        if (!Array.isArray(option) || option.some((item) => typeof item !== "string" || item === ""))
          this.fail(where, `must be a list of names (got ${describeValue(option)})`);
        options[key] = option;
      }
    }
    return options;
  }
  allowEntry(value, at) {
    const entry = this.object(value, at);
    let path19;
    let fingerprint;
    let reason;
    for (const [key, item] of Object.entries(entry)) {
      const itemAt = [...at, key];
      if (key === "path") {
        path19 = this.glob(item, itemAt);
      } else if (key === "fingerprint") {
        fingerprint = this.string(item, itemAt);
        if (!FINGERPRINT_PATTERN.test(fingerprint)) {
          this.fail(itemAt, `must be 32 lowercase hex characters (got ${quote(fingerprint)})`);
        }
      } else if (key === "reason") {
        reason = this.nonEmptyString(item, itemAt);
        if (!/\S/.test(reason)) this.fail(itemAt, "must not be blank");
      } else {
        this.unknownKey(at, key);
      }
    }
    if (path19 === void 0 && fingerprint === void 0) this.fail(at, 'needs a "path" or a "fingerprint"');
    if (path19 !== void 0 && fingerprint !== void 0) {
      this.fail(at, 'has both "path" and "fingerprint"; use one per entry');
    }
    if (reason === void 0) this.fail(at, 'needs a "reason"');
    return path19 !== void 0 ? { path: path19, reason } : { fingerprint, reason };
  }
};
function validateConfig(value, file) {
  return new Validator(file).config(value);
}

// src/config/baseline.ts
var BASELINE_VERSION = 1;
var BASELINE_TOOL = "monime-guard";
async function loadBaseline(file) {
  const absolute = path8.resolve(file);
  const shown = displayPath(absolute);
  let text2;
  try {
    text2 = await readTextFile(absolute, "baseline file");
  } catch (error) {
    if (error instanceof ConfigError && error.message.endsWith("baseline file not found")) {
      throw new ConfigError(`${error.message}; create it with \`monime-guard baseline\` (it records today's findings), or take "baseline" out of the config`, {
        cause: error
      });
    }
    throw error;
  }
  if (text2.trim() === "") throw new ConfigError(`${shown}: baseline file is empty`);
  let value;
  try {
    value = parseJson(text2);
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw jsonError(shown, error);
    throw error;
  }
  function fail3(at, problem) {
    throw new ConfigError(`${shown}: ${toPointer(at)} ${problem}`);
  }
  function isObject3(item) {
    return typeof item === "object" && item !== null && !Array.isArray(item);
  }
  if (!isObject3(value)) {
    throw new ConfigError(`${shown}: a baseline must be a JSON object (got ${describeValue(value)})`);
  }
  if (isObject3(value.tool) && value.tool.name === BASELINE_TOOL) {
    throw new ConfigError(
      `${shown}: is a monime-guard JSON report (--format json), not a baseline; make a baseline with \`monime-guard baseline\` (it records today's findings, see docs/configuration.md#baseline-file)`
    );
  }
  if (!Object.hasOwn(value, "version")) fail3([], 'needs a "version"; is this a monime-guard baseline?');
  if (value.version !== BASELINE_VERSION) {
    if (typeof value.version === "number" && Number.isInteger(value.version) && value.version > BASELINE_VERSION) {
      throw new ConfigError(
        `${shown}: baseline version ${value.version} is newer than this monime-guard reads (version ${BASELINE_VERSION}); upgrade monime-guard`
      );
    }
    fail3(["version"], `must be ${BASELINE_VERSION} (got ${describeValue(value.version)})`);
  }
  if (!Object.hasOwn(value, "tool")) fail3([], 'needs a "tool"; is this a monime-guard baseline?');
  if (value.tool !== BASELINE_TOOL) fail3(["tool"], `must be ${quote(BASELINE_TOOL)} (got ${describeValue(value.tool)})`);
  if (!Object.hasOwn(value, "findings")) fail3([], 'needs a "findings"');
  const { findings } = value;
  if (!Array.isArray(findings)) fail3(["findings"], `must be an array (got ${describeValue(findings)})`);
  const fingerprints = /* @__PURE__ */ new Set();
  findings.forEach((entry, index) => {
    const at = ["findings", index];
    if (!isObject3(entry)) fail3(at, `must be an object (got ${describeValue(entry)})`);
    if (!Object.hasOwn(entry, "fingerprint")) fail3(at, 'needs a "fingerprint"');
    const { fingerprint } = entry;
    if (typeof fingerprint !== "string" || !FINGERPRINT_PATTERN.test(fingerprint)) {
      fail3([...at, "fingerprint"], `must be 32 lowercase hex characters (got ${describeValue(fingerprint)})`);
    }
    fingerprints.add(fingerprint);
  });
  return fingerprints;
}

// src/config/load.ts
import { promises as fs10 } from "node:fs";
import path9 from "node:path";

// src/commonjs-exports.ts
function commonJsExports(imported, probe) {
  if (typeof imported[probe] === "function") return imported;
  const fallback = imported.default;
  if (fallback && typeof fallback[probe] === "function") return fallback;
  throw new Error(`a dependency did not load: ${String(probe)} is missing from it`);
}

// src/config/load.ts
init_errors();
init_mask();
var CONFIG_FILE_NAMES = ["monime-guard.config.json", "monime-guard.config.yaml", "monime-guard.config.yml"];
async function loadConfig(options) {
  let file;
  if (options.configPath !== void 0) {
    if (options.configPath === "") throw new ConfigError("the config file path is empty");
    file = path9.resolve(options.configPath);
  } else {
    file = await findConfigFile(path9.resolve(options.root));
  }
  if (file === void 0) return { config: {} };
  const shown = displayPath(file);
  const text2 = await readTextFile(file, "config file");
  const format = formatOf(file);
  if (format === void 0) {
    throw new ConfigError(`${shown}: unsupported config file type; use .json, .yaml or .yml`);
  }
  if (text2.trim() === "") throw emptyConfig(shown);
  const value = format === "json" ? parseJsonConfig(text2, shown) : await parseYamlConfig(text2, shown);
  const config = validateConfig(value, shown);
  const loaded = { config, file };
  if (config.baseline !== void 0) {
    loaded.baselinePath = path9.resolve(path9.dirname(file), config.baseline);
  }
  return loaded;
}
async function findConfigFile(root) {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path9.join(root, name);
    try {
      await fs10.lstat(candidate);
      return candidate;
    } catch (error) {
      const code = errorCode(error);
      if (code === "ENOENT" || code === "ENOTDIR") continue;
      throw new ConfigError(`${displayPath(candidate)}: cannot read the config file (${code ?? String(error)})`, {
        cause: error
      });
    }
  }
  return void 0;
}
function formatOf(file) {
  const extension = path9.extname(file).toLowerCase();
  if (extension === ".json") return "json";
  if (extension === ".yaml" || extension === ".yml") return "yaml";
  return void 0;
}
function emptyConfig(shown) {
  return new ConfigError(`${shown}: config file is empty (write {} to use the defaults)`);
}
function parseJsonConfig(text2, shown) {
  try {
    return parseJson(text2);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    throw jsonError(shown, error);
  }
}
async function parseYamlConfig(text2, shown) {
  const yaml = commonJsExports(await Promise.resolve().then(() => __toESM(require_dist(), 1)), "parseAllDocuments");
  const documents = yaml.parseAllDocuments(text2, { schema: "core", uniqueKeys: true, prettyErrors: true });
  if (documents.length === 0) throw emptyConfig(shown);
  if (documents.length > 1) {
    throw new ConfigError(`${shown}: holds ${documents.length} YAML documents; a config file holds one`);
  }
  const document = documents[0];
  if (document === void 0) throw emptyConfig(shown);
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem !== void 0) throw yamlError(yaml, document, shown, problem);
  let value;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`${shown} is not valid YAML (${redactTokens(reason.split("\n")[0] ?? "")})`, {
      cause: error
    });
  }
  if (value === null && (document.contents === null || isEmptyScalar(yaml, document.contents))) {
    throw emptyConfig(shown);
  }
  return value;
}
function isEmptyScalar(yaml, node) {
  return yaml.isScalar(node) && node.value === null && node.source === "";
}
function yamlError(yaml, document, shown, problem) {
  const start = problem.linePos?.[0];
  const where = start ? ` at ${describePosition(start.line, start.col)}` : "";
  if (problem.code === "DUPLICATE_KEY") {
    const key = keyAt(yaml, document, problem.pos[0]);
    return new ConfigError(`${shown}: duplicate key${key === void 0 ? "" : ` ${quote(key)}`}${where}`);
  }
  const firstLine = problem.message.split("\n")[0] ?? "";
  const reason = firstLine.replace(/ at line \d+, column \d+:?$/, "");
  return new ConfigError(`${shown} is not valid YAML (${redactTokens(reason)}${where})`);
}
function keyAt(yaml, document, offset) {
  let key;
  yaml.visit(document, {
    Pair(_, pair2) {
      if (yaml.isScalar(pair2.key) && pair2.key.range?.[0] === offset) {
        key = String(pair2.key.value);
        return yaml.visit.BREAK;
      }
      return void 0;
    }
  });
  return key;
}

// src/scan/setup.ts
init_errors();

// src/filters/allowlist.ts
function matchAllowEntry(entries) {
  const globs = entries.flatMap((entry) => entry.path ? [{ entry, glob: new Minimatch(entry.path, { dot: true }) }] : []);
  const fingerprints = new Map(entries.flatMap((entry) => entry.fingerprint ? [[entry.fingerprint, entry]] : []));
  return (finding) => fingerprints.get(finding.fingerprint) ?? globs.find(({ glob }) => glob.match(finding.path))?.entry;
}

// src/filters/index.ts
function applyFilters(findings, context) {
  const baseline = context.baseline;
  const allowed = matchAllowEntry(context.allow);
  const steps = [
    { counter: "allowed", drops: (finding) => decided("allow", allowed(finding)) },
    { counter: "ignoredInline", drops: (finding) => decided("inline", inlineDirectiveFor(finding)) },
    { counter: "baselined", drops: (finding) => baseline?.has(finding.fingerprint) ? { by: "baseline" } : void 0 }
  ];
  const counts = { allowed: 0, ignoredInline: 0, baselined: 0 };
  const kept = [];
  const suppressed = [];
  for (const finding of findings) {
    let suppression;
    const step = steps.find((s) => (suppression = s.drops(finding)) !== void 0);
    if (step && suppression) {
      counts[step.counter]++;
      suppressed.push({ ...finding, suppression });
    } else kept.push(finding);
  }
  return { findings: kept, suppressed, counts };
}
function decided(by, decision) {
  if (!decision) return void 0;
  return decision.reason ? { by, reason: decision.reason } : { by };
}

// src/scan/setup.ts
init_order();
async function setUpScan(options) {
  const started = performance.now();
  const root = path11.resolve(options.root ?? process.cwd());
  if (!isDirectory(root)) throw new SourceError(`root ${options.root ?? root}: no such directory`);
  const loaded = options.config ? { config: options.config, baselinePath: options.config.baseline ? path11.resolve(root, options.config.baseline) : void 0 } : await loadConfig({ root, ...options.configPath ? { configPath: options.configPath } : {} });
  const config = loaded.config;
  const baselineFile = options.baseline ? path11.resolve(root, options.baseline) : loaded.baselinePath;
  const baseline = baselineFile ? await loadBaseline(baselineFile) : void 0;
  if (options.verify) (await Promise.resolve().then(() => (init_verify(), verify_exports))).verifyEndpoint();
  const settings = {
    root,
    exclude: config.exclude ?? [],
    walkSkip: [],
    rules: ruleTable(config),
    scanBinary: options.scanBinary ?? config.scanBinary ?? false,
    placeholders: options.placeholders ?? false,
    ...options.maxArchiveDepth !== void 0 ? { maxArchiveDepth: options.maxArchiveDepth } : {},
    ...options.verify ? { secrets: /* @__PURE__ */ new Map() } : {}
  };
  const threads = Math.max(1, Math.floor(options.threads ?? os2.availableParallelism()));
  const reportUnusedDirectives = options.reportUnusedDirectives ?? config.reportUnusedDirectives ?? false;
  return { root, config, ...baseline ? { baseline } : {}, settings, started, threads, reportUnusedDirectives };
}
function finishScan(result, setup) {
  const { config, baseline } = setup;
  const filtered = applyFilters(onePerPathToken(result.findings.sort(compareFindings)), { allow: config.allow ?? [], ...baseline ? { baseline } : {} });
  const ownSuppressed = result.suppressed ?? [];
  const warnings = [...result.warnings, ...directiveWarnings(result.directives ?? [], filtered.suppressed, setup)].sort((a, b) => compareText(a.path, b.path));
  return {
    ...result.repository ? { repository: result.repository } : {},
    ...result.repositories ? { repositories: [...result.repositories].sort((a, b) => compareText(a.name ?? "", b.name ?? "")) } : {},
    findings: filtered.findings.sort(compareFindings),
    suppressed: [...filtered.suppressed, ...ownSuppressed].sort(compareFindings),
    placeholders: result.placeholders.sort(
      (a, b) => compareText(a.path, b.path) || a.span.start.line - b.span.start.line || a.span.start.column - b.span.start.column
    ),
    warnings,
    stats: {
      filesScanned: result.filesScanned,
      bytesScanned: result.bytesScanned,
      binarySkipped: result.binarySkipped,
      ...result.ignoredEnvFiles ? { ignoredEnvFiles: result.ignoredEnvFiles } : {},
      allowed: filtered.counts.allowed,
      ignoredInline: filtered.counts.ignoredInline + ownSuppressed.length,
      baselined: filtered.counts.baselined,
      warnings: warnings.length,
      durationMs: Math.round(performance.now() - setup.started),
      ...result.repositoryCounts ? { repositories: { ...result.repositoryCounts } } : {}
    }
  };
}
function directiveWarnings(written, suppressed, setup) {
  if (written.length === 0) return [];
  const ids = rules.map((rule) => rule.id);
  const used = /* @__PURE__ */ new Set();
  for (const finding of suppressed) {
    const directive = finding.suppression.by === "inline" ? inlineDirectiveFor(finding) : void 0;
    if (!directive) continue;
    const line = directive.scope === "same-line" ? finding.span.start.line : finding.span.start.line - 1;
    used.add(`${finding.path}\0${line}\0${directive.scope}\0${directive.ruleId ?? ""}`);
  }
  const reportUnused = setup.reportUnusedDirectives;
  const warnings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const directive of written) {
    const key = `${directive.path}\0${directive.line}\0${directive.scope}\0${directive.ruleId ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const where = `${directive.path}:${directive.line}`;
    if (directive.ruleId !== void 0 && !ids.includes(directive.ruleId) && !directive.ruleId.startsWith("monime-guard/")) {
      const nearest = closest(directive.ruleId, ids);
      warnings.push({
        path: directive.path,
        code: "directive-rule",
        message: `${where}: monime-guard-ignore names ${directive.ruleId}, which is no rule${nearest ? `; did you mean ${nearest}?` : "."} It suppresses nothing.`
      });
    } else if (reportUnused && !used.has(key) && !directive.ruleId?.startsWith("iac/")) {
      warnings.push({ path: directive.path, code: "unused-directive", message: `${where}: this monime-guard-ignore suppresses nothing; remove it` });
    }
  }
  return warnings;
}
function contentSettings(root, rules2) {
  return { root, rules: rules2, scanBinary: true, placeholders: false, exclude: [], walkSkip: [] };
}
function ruleTable(config) {
  const table = {};
  for (const rule of tokenRules) {
    const settings = config.rules?.[rule.id];
    if (settings?.enabled === false) continue;
    table[rule.tokenKind] = { ruleId: rule.id, severity: settings?.severity ?? rule.severity };
  }
  for (const rule of exposureRules) {
    const settings = config.rules?.[rule.id];
    if (settings?.enabled !== false) table.exposure = { ruleId: rule.id, severity: settings?.severity ?? rule.severity };
  }
  return table;
}
function isDirectory(dir) {
  try {
    return fs12.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

// src/scan/pipeline.ts
async function runSources(options, sources) {
  const setup = await setUpScan(options);
  const batch = emptyBatch();
  for (const source of sources(setup)) await source.read(setup, batch);
  const result = finishScan(batch, setup);
  if (options.verify && setup.settings.secrets) {
    const { verifyResult: verifyResult2 } = await Promise.resolve().then(() => (init_verify_findings(), verify_findings_exports));
    await verifyResult2(result, setup.settings.secrets, options.verify === true ? {} : options.verify);
    setup.settings.secrets.clear();
  }
  return result;
}

// src/scan/bundle.ts
var BUILD_OUTPUTS = [
  "dist",
  "build",
  "out",
  ".next",
  ".nuxt",
  ".output",
  ".svelte-kit/output",
  "public/build",
  "storybook-static",
  "android/app/src/main/assets",
  "ios/main.jsbundle"
];
var TEXT_EXTENSIONS = /* @__PURE__ */ new Set([".js", ".mjs", ".cjs", ".map", ".html", ".htm", ".json", ".css", ".txt"]);
var BINARY_EXTENSIONS = /* @__PURE__ */ new Set([".bundle", ".jsbundle", ".hbc", ".wasm"]);
var ARCHIVE_EXTENSIONS = /* @__PURE__ */ new Set([".apk", ".aab", ".ipa", ".zip", ".jar", ".aar", ".war", ".asar", ".xpi", ".vsix", ".tgz", ".gz", ".tar"]);
var NOT_SHIPPED = /* @__PURE__ */ new Set(["node_modules", "cache"]);
async function scanBundle(options = {}) {
  return runSources(options, () => [bundleSource(options)]);
}
function bundleSource(options) {
  return {
    name: "bundle",
    async read(setup, into) {
      const { root } = setup;
      const settings = shippedSettings(setup.settings);
      const inputs = options.paths && options.paths.length > 0 ? options.paths : defaultTargets(root);
      const targets = inputs.map((input2) => ({ input: input2, abs: isUrl(input2) ? input2 : path12.resolve(root, input2) }));
      for (const target of targets) {
        if (isUrl(target.input)) {
          const site = emptyBatch();
          await scanSite(target.input, options.fetchLimits ?? DEFAULT_LIMITS, settings, site);
          for (const finding of site.findings) {
            finding.origin = { kind: "url", url: isUrl(finding.path) ? finding.path : finding.related?.find((r) => isUrl(r.path))?.path ?? target.input };
          }
          mergeBatch(into, site);
          continue;
        }
        let stat2;
        try {
          stat2 = fs14.statSync(target.abs);
        } catch {
          throw new SourceError(`${target.input}: no such file or directory`);
        }
        const files = stat2.isDirectory() ? shippedFiles(target.abs, createNamer(root, setup.settings.exclude)) : [target.abs];
        const cache2 = {};
        for (const file of files) scanShippedFile(file, root, settings, into, cache2);
      }
      const archives = into.archives ?? [];
      delete into.archives;
      for (const archive of archives) {
        await scanArchive(
          { source: { file: archive.abs }, path: archive.rel, origin: (entry) => ({ kind: "file", path: archive.rel, entry }), sourceMapsFrom: root },
          settings,
          into
        );
      }
      if (settings.rules.exposure) for (const finding of into.findings) finding.exposure ??= { variable: "", via: "bundle" };
    }
  };
}
function shippedSettings(settings) {
  const exposure = settings.rules.exposure;
  if (!exposure) return settings;
  return { ...settings, rules: { ...settings.rules, live: exposure, test: exposure } };
}
function defaultTargets(root) {
  const found2 = BUILD_OUTPUTS.map((p) => path12.join(root, p)).filter((p) => fs14.existsSync(p));
  if (found2.length === 0) {
    throw new SourceError(`no build output found in ${root} (looked for ${BUILD_OUTPUTS.join(", ")}): name it, as in monime-guard bundle <dir>`);
  }
  return found2;
}
function shippedFiles(dir, namer) {
  return walkTree(dir, { namer, skipDirs: NOT_SHIPPED, accept: isShipped });
}
function isShipped(name) {
  const ext2 = path12.extname(name).toLowerCase();
  return ext2 === "" || TEXT_EXTENSIONS.has(ext2) || BINARY_EXTENSIONS.has(ext2) || ARCHIVE_EXTENSIONS.has(ext2);
}
var MAX_BINARY_IN_MEMORY = 256 * 1024 * 1024;
var TAIL_BYTES = 64 * 1024;
function scanShippedFile(file, root, settings, result, cache2) {
  const rel = toPosix(path12.relative(root, file)) || path12.basename(file);
  const binary = BINARY_EXTENSIONS.has(path12.extname(file).toLowerCase());
  const own = emptyBatch();
  const size = binary ? fs14.statSync(file).size : 0;
  if (binary && size <= MAX_BINARY_IN_MEMORY && !archiveKind(readPart(file, 1024, "head"))) scanContent(fs14.readFileSync(file), rel, settings, own);
  else scanFile({ abs: file, rel, explicit: true }, binary ? { ...settings, scanBinary: true } : settings, own);
  if (own.findings.length > 0 && !binary) {
    try {
      if (file.endsWith(".map")) {
        own.findings = fromSourcesContent(readMapFile(file, cache2), rel, root, settings, own.findings);
      } else {
        const tail = readPart(file, TAIL_BYTES, "tail");
        const bytes = sourceMappingUrl(tail)?.startsWith("data:") && tail.length === TAIL_BYTES ? fs14.readFileSync(file) : tail;
        own.findings = tieToSources(bytes, rel, root, settings, own.findings, () => loadSourceMap(file, bytes, cache2));
      }
    } catch (error) {
      own.warnings.push({
        path: rel,
        code: "source-map",
        message: `${rel}: source map not read (${errorReason(error)})`
      });
    }
  }
  mergeBatch(result, own);
}
function readPart(file, length, end) {
  const fd = fs14.openSync(file, "r");
  try {
    const size = fs14.fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.min(size, length));
    fs14.readSync(fd, buffer, 0, buffer.length, end === "head" ? 0 : size - buffer.length);
    return buffer;
  } finally {
    fs14.closeSync(fd);
  }
}
function tieToSources(bytes, rel, root, settings, findings, load) {
  const loaded = load();
  if (!loaded) return findings;
  const inlineAt = loaded.file ? -1 : bytes.lastIndexOf("sourceMappingURL=data:");
  const inlineLine = inlineAt === -1 ? 0 : countLines(bytes, inlineAt);
  const inCode = findings.filter((f) => f.span.start.line !== inlineLine);
  const originals = originalPositions(
    loaded,
    inCode.map((f) => f.span.start),
    root
  );
  inCode.forEach((finding, i) => {
    const original = originals[i];
    if (original) addRelated(finding, { path: displayPath2(original.source, root), line: original.line, column: original.column, role: "original source" });
  });
  if (inlineLine === 0) return inCode;
  return [
    ...inCode,
    ...fromSourcesContent(
      loaded,
      rel,
      root,
      settings,
      findings.filter((f) => f.span.start.line === inlineLine)
    )
  ];
}
function countLines(bytes, at) {
  let line = 1;
  for (let i = bytes.indexOf(10); i !== -1 && i < at; i = bytes.indexOf(10, i + 1)) line++;
  return line;
}
function fromSourcesContent(loaded, mapRel, root, settings, raw) {
  if (!loaded) return raw;
  const found2 = [];
  const scanSource = (content, source, sourceDir) => {
    const batch = emptyBatch();
    scanBytes(Buffer.from(content), displayPath2(resolveSource(source, sourceDir, root), root), settings, batch);
    found2.push(...batch.findings);
  };
  const { bytes, layout } = loaded;
  if (layout.sectioned) {
    const parsed = JSON.parse(bytes.toString("utf8"));
    for (const { map } of parsed.sections ?? []) {
      const sourceDir = path12.resolve(loaded.dir, typeof map?.sourceRoot === "string" ? map.sourceRoot : "");
      (map?.sourcesContent ?? []).forEach((content, i) => {
        const source = map?.sources?.[i];
        if (typeof content === "string") scanSource(content, typeof source === "string" ? source : `source-${i}`, sourceDir);
      });
    }
  } else {
    const sourceDir = path12.resolve(loaded.dir, layout.sourceRoot ?? "");
    layout.sourcesContent.forEach((range2, i) => {
      if (!range2 || !mayContainToken(bytes, range2[0], range2[1])) return;
      scanSource(JSON.parse(bytes.toString("utf8", range2[0], range2[1])), layout.sources[i] ?? `source-${i}`, sourceDir);
    });
  }
  const byToken = new Map(raw.map((f) => [f.fingerprint, f]));
  for (const finding of found2) {
    const inMap = byToken.get(finding.fingerprint);
    addRelated(finding, { path: mapRel, line: inMap?.span.start.line ?? 1, column: inMap?.span.start.column ?? 1, role: "source map" });
  }
  const explained = new Set(found2.map((f) => f.fingerprint));
  return [...found2, ...raw.filter((f) => !explained.has(f.fingerprint))];
}
async function scanSite(url, limits, settings, result) {
  const maps = /* @__PURE__ */ new Map();
  const scripts = [];
  await crawl(
    url,
    limits,
    (resource) => {
      const own = emptyBatch();
      scanBytes(resource.body, resource.url, settings, own);
      if (resource.kind === "map") {
        maps.set(resource.url, resource.body);
        if (own.findings.length > 0) own.findings = fromSourcesContent(readMap(resource.body, "/", resource.url), resource.url, "/", settings, own.findings);
        mergeBatch(result, own);
        return false;
      }
      if (own.findings.length === 0) {
        mergeBatch(result, own);
        return false;
      }
      scripts.push({ url: resource.url, bytes: resource.body, batch: own });
      return resource.kind === "script";
    },
    result.warnings
  );
  for (const script of scripts) {
    const load = () => {
      const ref = sourceMappingUrl(script.bytes);
      if (ref?.startsWith("data:")) return inlineMap(ref, "/");
      const mapUrl = ref ? new URL(ref, script.url).href : `${script.url}.map`;
      const bytes = maps.get(mapUrl);
      return bytes ? readMap(bytes, "/", mapUrl) : void 0;
    };
    script.batch.findings = tieToSources(script.bytes, script.url, "/", settings, script.batch.findings, load);
    mergeBatch(result, script.batch);
  }
}
function displayPath2(abs, root) {
  const rel = path12.relative(root, abs);
  return rel.startsWith("..") || path12.isAbsolute(rel) ? toPosix(abs) : toPosix(rel);
}
function addRelated(finding, location) {
  finding.related = [...finding.related ?? [], location];
}

// src/scan/history.ts
import * as fs16 from "node:fs";
import * as os3 from "node:os";
import * as path14 from "node:path";
init_errors();

// src/sources/git/commits.ts
function parseCommit(content, type) {
  const text2 = content.toString("utf8");
  const split = text2.indexOf("\n\n");
  const headers = split === -1 ? text2 : text2.slice(0, split);
  const message = split === -1 ? "" : text2.slice(split + 2);
  const key = type === "commit" ? "author " : "tagger ";
  const line = headers.split("\n").find((l) => l.startsWith(key));
  const info = { message, messageLine: split === -1 ? 1 : headers.split("\n").length + 2 };
  const author = line ? parseSignature(line.slice(key.length)) : void 0;
  if (author) info.author = author;
  return info;
}
function parseSignature(text2) {
  const match2 = /^(.*?) ?<([^>]*)> (\d+) ([+-])(\d\d)(\d\d)$/.exec(text2.trim());
  if (!match2) return void 0;
  const [, name = "", email = "", seconds = "0", sign = "+", hours = "00", minutes = "00"] = match2;
  const offsetMinutes = (sign === "-" ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  const local = new Date((Number(seconds) + offsetMinutes * 60) * 1e3).toISOString().slice(0, 19);
  return { name, email, date: `${local}${sign}${hours}:${minutes}` };
}

// src/sources/git/log.ts
init_errors();
var LogCommit = class {
  constructor(id, who) {
    this.id = id;
    this.who = who;
  }
  parsed;
  get author() {
    if (this.parsed === void 0) {
      const [name = "", email = "", when = ""] = this.who.split("");
      const [seconds, , , zone] = when.split(" ");
      this.parsed = (seconds && zone ? parseSignature(`${name} <${email}> ${seconds} ${zone}`) : void 0) ?? null;
    }
    return this.parsed ?? void 0;
  }
};
var FORMAT = "--format=%x01%H%x1f%an%x1f%ae%x1f%at %ai%x1f%B%x02";
var LOG_ARGS = ["log", "--raw", "--no-abbrev", "-z", "--root", "--diff-merges=first-parent", "--no-renames", "--no-color", FORMAT];
var GITLINK = "160000";
var SYMLINK = "120000";
async function streamLog(cwd, revisions, handlers) {
  const log = spawnGit([...LOG_ARGS, ...revisions, "--"], cwd);
  const stderr = [];
  const failures = [];
  log.stderr.on("data", (chunk) => stderr.push(chunk));
  const closed = new Promise((resolve11) => {
    log.once("close", (code2) => resolve11(code2));
    log.once("error", (error) => {
      failures.push(spawnError(error, cwd));
      resolve11(null);
    });
  });
  let pending = "";
  const handle = async (chunk) => {
    const text2 = pending + chunk.toString("utf8");
    const last = text2.lastIndexOf("");
    pending = last === -1 ? text2 : text2.slice(last);
    if (last > 0) parseRecords(text2.slice(0, last), handlers);
    const waiting = handlers.onChunk?.();
    if (waiting) await waiting;
  };
  let chain = Promise.resolve();
  log.stdout.on("data", (chunk) => {
    log.stdout.pause();
    chain = chain.then(() => handle(chunk)).then(
      () => void log.stdout.resume(),
      (error) => {
        failures.push(error);
        log.kill();
      }
    );
  });
  const code = await closed;
  await chain;
  if (failures.length === 0 && pending !== "") parseRecords(pending, handlers);
  if (failures.length > 0) throw failures[0];
  if (code !== 0) throw new SourceError(`git log failed: ${lastLine(Buffer.concat(stderr)) || `exit code ${String(code)}`}`);
}
function parseRecords(text2, handlers) {
  for (const record of text2.split("")) {
    if (record === "") continue;
    const end = record.indexOf("");
    if (end === -1) throw new SourceError("unexpected git log output: a commit record without its end marker");
    let at = 0;
    for (let field2 = 0; field2 < 4 && at !== -1; field2++) at = record.indexOf("", at + 1);
    if (at === -1 || at > end) throw new SourceError("unexpected git log output: a commit record with missing fields");
    const idEnd = record.indexOf("");
    const commit = new LogCommit(record.slice(0, idEnd), record.slice(idEnd + 1, at));
    handlers.onCommit(commit, record.slice(at + 1, end));
    const fields = record.slice(end + 1).replace(/^[\0\n]+/, "").split("\0");
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const meta = fields[i].replace(/^\n/, "");
      if (!meta.startsWith(":")) break;
      const [, newMode, , newId, status] = meta.slice(1).split(" ");
      if (!newId || /^0+$/.test(newId) || status === "D" || newMode === SYMLINK) continue;
      if (newMode === GITLINK) {
        handlers.onSubmodule?.({ commit, blob: newId, path: fields[i + 1] });
        continue;
      }
      handlers.onChange({ commit, blob: newId, path: fields[i + 1] });
    }
  }
}

// src/sources/git/objects.ts
init_errors();
var NEWLINE2 = 10;
function openBatch(options) {
  const { cwd } = options;
  const batch = spawnGit(["cat-file", "--buffer", "--batch"], cwd);
  const exit = exited(batch);
  const failures = [];
  const stderr = [];
  batch.stderr.on("data", (chunk) => stderr.push(chunk));
  batch.on("error", (error) => failures.push(spawnError(error, cwd)));
  batch.stdin.on("error", () => void 0);
  const paths = /* @__PURE__ */ new Map();
  const parser2 = new BatchParser(options, paths);
  batch.stdout.on("data", (chunk) => {
    try {
      parser2.push(chunk);
    } catch (error) {
      failures.push(error);
      batch.kill();
    }
  });
  let queued = [];
  const flush = () => {
    if (queued.length === 0) return true;
    const text2 = `${queued.join("\n")}
`;
    queued = [];
    return batch.stdin.write(text2);
  };
  return {
    request(id, path19) {
      if (path19 !== "") paths.set(id, path19);
      queued.push(id);
    },
    flush,
    drained: () => new Promise((resolve11) => batch.stdin.once("drain", resolve11)),
    async end() {
      flush();
      batch.stdin.end();
      const code = await exit;
      if (failures.length > 0) throw failures[0];
      if (code !== 0) throw new SourceError(`git cat-file failed: ${lastLine(Buffer.concat(stderr)) || `exit code ${String(code)}`}`);
      parser2.end();
      return { objects: parser2.objects, bytes: parser2.bytes };
    },
    kill: () => batch.kill()
  };
}
async function readObjects(cwd, ids, maxInMemory, onObject, onMissing) {
  if (ids.size === 0) return;
  const batch = openBatch({ cwd, maxInMemory, onObject, onMissing });
  for (const [id, path19] of ids) batch.request(id, path19);
  await batch.end();
}
function exited(child) {
  return new Promise((resolve11) => {
    child.once("close", (code) => resolve11(code));
    child.once("error", () => resolve11(null));
  });
}
var BatchParser = class {
  constructor(options, paths) {
    this.options = options;
    this.paths = paths;
  }
  objects = 0;
  bytes = 0;
  pending = Buffer.alloc(0);
  current;
  push(chunk) {
    const data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = Buffer.alloc(0);
    let at = 0;
    while (at < data.length) {
      if (this.current) {
        at = this.takeContent(data, at);
        continue;
      }
      const end = data.indexOf(NEWLINE2, at);
      if (end === -1) break;
      this.current = this.startObject(data.toString("utf8", at, end));
      at = end + 1;
    }
    if (at < data.length) this.pending = Buffer.from(data.subarray(at));
  }
  end() {
    if (this.current || this.pending.length > 0) throw new SourceError("git cat-file output ended in the middle of an object");
  }
  startObject(line) {
    const [id = "", type = "", sizeText = ""] = line.split(" ", 3);
    if (type === "missing" || type === "ambiguous") {
      this.options.onMissing(id, this.paths.get(id) ?? "");
      return void 0;
    }
    const size = Number(sizeText);
    if (!/^[0-9a-f]{40,64}$/.test(id) || sizeText === "" || !Number.isInteger(size) || size < 0) {
      throw new SourceError(`unexpected git cat-file output: ${line.slice(0, 80)}`);
    }
    const path19 = this.paths.get(id) ?? "";
    const known2 = type === "blob" || type === "commit" || type === "tag";
    const object = { id, type: known2 ? type : "blob", path: path19, size };
    const handling = !known2 ? "skip" : type === "blob" && size > this.options.maxInMemory ? "announce" : "keep";
    return { object, handling, parts: [], received: 0 };
  }
  /** Consumes content bytes (and the newline after them) from `data` at `at`; returns the new offset. */
  takeContent(data, at) {
    const current = this.current;
    const { size } = current.object;
    const taken = Math.min(size + 1 - current.received, data.length - at);
    if (current.handling === "keep") current.parts.push(data.subarray(at, at + taken));
    current.received += taken;
    if (current.received <= size) return at + taken;
    this.current = void 0;
    if (current.handling === "skip") return at + taken;
    this.objects++;
    this.bytes += size;
    if (current.handling === "keep") {
      const whole = current.parts.length === 1 ? current.parts[0] : Buffer.concat(current.parts);
      current.object.content = whole.subarray(0, size);
    }
    this.options.onObject(current.object);
    return at + taken;
  }
};

// src/sources/git/repo.ts
init_errors();
import * as fs15 from "node:fs";
import * as path13 from "node:path";

// src/sources/git/range.ts
function commitId(cwd, rev) {
  if (rev.startsWith("-")) return void 0;
  const out = git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`], { cwd, okCodes: [1, 128] });
  return out.status === 0 ? out.stdout.toString("utf8").trim() : void 0;
}
function hasCommit(cwd, rev) {
  return commitId(cwd, rev) !== void 0;
}
function isShallow(cwd) {
  return gitText(["rev-parse", "--is-shallow-repository"], { cwd }) === "true";
}
function mergeBases(cwd, a, b) {
  return git(["merge-base", "--all", a, b], { cwd, okCodes: [1, 128] }).stdout.toString("utf8").split("\n").filter((line) => line !== "");
}
function fetchHistory(cwd, args) {
  git(["fetch", "--quiet", "--no-tags", ...args], { cwd });
}
function unshallow(cwd) {
  return git(["fetch", "--quiet", "--unshallow"], { cwd, okCodes: [1, 128] }).status === 0;
}

// src/sources/git/repo.ts
var EMPTY_TREES = {
  sha1: "4b825dc642cb6eb9a060e54bf8d69288fbee4904",
  sha256: "6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321"
};
function openRepository(dir) {
  if (!fs15.existsSync(dir)) throw new SourceError(`${dir}: no such directory`);
  const probe = git(["rev-parse", "--is-bare-repository", "--is-shallow-repository", "--show-object-format", "--show-toplevel", "HEAD^{commit}"], {
    cwd: dir,
    okCodes: [128]
  });
  const [bare, shallow, format = "sha1", top, head] = probe.stdout.toString("utf8").split("\n");
  if (bare !== "true" && bare !== "false") throw new SourceError(`${dir}: not a git repository (or any of its parents)`);
  const emptyTree = EMPTY_TREES[format] ?? gitText(["hash-object", "-t", "tree", "--stdin"], { cwd: dir, input: "" });
  const repo = { cwd: dir, bare: bare === "true", shallow: shallow === "true", emptyTree };
  if (repo.bare) {
    const bareHead = resolveCommit(repo, "HEAD");
    if (bareHead) repo.head = bareHead;
    return repo;
  }
  if (!top) throw new SourceError(`${dir}: inside a git directory, not a work tree; run this in the repository's work tree`);
  repo.workTree = path13.resolve(top);
  if (probe.status === 0 && head && /^[0-9a-f]{40,64}$/.test(head)) repo.head = head;
  return repo;
}
function resolveCommit(repo, rev) {
  return commitId(repo.cwd, rev);
}
function treeBlobs(repo, commit) {
  const out = git(["ls-tree", "-r", "-z", "--full-tree", commit], { cwd: repo.cwd }).stdout.toString("utf8");
  const blobs = /* @__PURE__ */ new Map();
  for (const entry of out.split("\0")) {
    const tab = entry.indexOf("	");
    if (tab === -1) continue;
    const [mode, type, id] = entry.slice(0, tab).split(" ");
    if (type === "blob" && mode !== "120000" && id) blobs.set(id, entry.slice(tab + 1));
  }
  return blobs;
}
function repositoryInfo(repo) {
  const info = {};
  if (repo.head) info.revision = repo.head;
  const remote = git(["remote", "get-url", "origin"], { cwd: repo.cwd, okCodes: [2, 128] });
  const uri = remote.status === 0 ? webUri(remote.stdout.toString("utf8").trim()) : void 0;
  if (uri) info.uri = uri;
  return info;
}
function webUri(remote) {
  const scp = /^(?:[\w.-]+@)?([\w.-]+):(?!\/\/)(.+?)(?:\.git)?\/?$/.exec(remote);
  if (scp && !/^[a-z]+:\/\//i.test(remote)) return `https://${scp[1]}/${scp[2]}`;
  try {
    const url = new URL(remote);
    if (!["https:", "http:", "ssh:", "git:"].includes(url.protocol)) return void 0;
    const host = url.protocol.startsWith("http") ? url.host : url.hostname;
    return `https://${host}${url.pathname.replace(/\.git\/?$/, "").replace(/\/$/, "")}`;
  } catch {
    return void 0;
  }
}

// src/scan/history-attribution.ts
function timeOf(place) {
  const date = place.intro?.commit.author?.date ?? place.sighting.message?.author?.date;
  const time = date === void 0 ? NaN : Date.parse(date);
  return Number.isNaN(time) ? Infinity : time;
}
function attribute(sightings, introductions, current, unpushed = false) {
  const byToken = /* @__PURE__ */ new Map();
  for (const sighting of sightings) {
    const places = byToken.get(sighting.finding.fingerprint) ?? [];
    const intros = sighting.blob ? introductions.get(sighting.blob) ?? [] : [];
    if (intros.length === 0) places.push({ sighting });
    for (const intro of intros) places.push({ sighting, intro });
    byToken.set(sighting.finding.fingerprint, places);
  }
  const findings = [];
  for (const [fingerprint, places] of byToken) {
    const distinct = new Map(places.map((p) => [`${p.intro?.commit.id ?? p.sighting.message?.id ?? ""}\0${p.intro?.path ?? p.sighting.finding.path}`, p]));
    const earliest = [...distinct.values()].reduce((a, b) => timeOf(b) <= timeOf(a) ? b : a);
    const { sighting, intro } = earliest;
    const author = intro?.commit.author ?? sighting.message?.author;
    const path19 = intro?.path ?? sighting.finding.path;
    const commit = intro?.commit.id ?? sighting.message?.id ?? "";
    const entry = sighting.finding.origin.kind === "blob" || sighting.finding.origin.kind === "file" ? sighting.finding.origin.entry : void 0;
    findings.push({
      ...sighting.finding,
      path: entry ? entryPath(path19, entry) : path19,
      origin: sighting.blob ? { kind: "blob", path: path19, ...entry ? { entry } : {}, ...commit ? { commit } : {}, blob: sighting.blob } : { kind: "message", commit },
      git: {
        commit: intro?.commit.id ?? sighting.message?.id ?? "",
        ...author ? { author: author.name, email: author.email, date: author.date } : {},
        source: sighting.blob ? "blob" : "message",
        ...sighting.blob ? { blob: sighting.blob } : {},
        historyOnly: !current.has(fingerprint),
        ...unpushed ? { unpushed: true } : {},
        otherOccurrences: distinct.size - 1
      }
    });
  }
  return findings;
}

// src/scan/history-scope.ts
init_errors();
function historyRevisions(repo, options, result) {
  const revisions = [];
  let base = [];
  if (options.range !== void 0) {
    const match2 = /^(.+?)(\.\.\.?)(.+)$/.exec(options.range);
    if (!match2) throw new InputError(`--range must look like A..B (got ${options.range})`);
    const [, from = "", dots, to = ""] = match2;
    const fromId = requireCommit(repo, from, "--range", options.fetchMissing === true);
    const toId = requireCommit(repo, to, "--range", options.fetchMissing === true);
    revisions.push(`${fromId}..${toId}`);
    base = dots === "..." ? mergeBases(repo.cwd, fromId, toId) : [fromId];
  }
  for (const ref of options.refs ?? []) revisions.push(requireCommit(repo, ref, "--ref", false));
  if (options.range === void 0 && (options.refs ?? []).length === 0) revisions.push("--all");
  if (options.since !== void 0) {
    if (options.since.trim() === "") throw new InputError("--since needs a date");
    requireDate(repo, options.since);
    revisions.push(`--since=${options.since}`);
  }
  if (repo.shallow && options.range === void 0) {
    result.warnings.push({
      path: ".",
      code: "shallow",
      message: "shallow clone: commits before its depth are not scanned (git fetch --unshallow, or fetch-depth: 0 in actions/checkout, scans them)"
    });
  }
  if (!repo.head && git(["for-each-ref", "--count=1"], { cwd: repo.cwd }).stdout.length === 0) {
    result.warnings.push({ path: ".", code: "empty-repository", message: "the repository has no commits yet: nothing to scan" });
  }
  return { revisions, base };
}
function requireDate(repo, since) {
  const checked2 = git(["-c", `monime-guard.since=${since}`, "config", "--type=expiry-date", "monime-guard.since"], { cwd: repo.cwd, okCodes: [128] });
  if (checked2.status !== 0) throw new InputError(`--since: git cannot read ${JSON.stringify(since)} as a date (for example 2026-01-01 or "2 weeks ago")`);
}
function requireCommit(repo, rev, flag, fetchMissing) {
  const id = resolveCommit(repo, rev);
  if (id) return id;
  if (repo.shallow && fetchMissing) {
    const fetched = unshallow(repo.cwd);
    repo.shallow = false;
    const again = fetched ? resolveCommit(repo, rev) : void 0;
    if (again) return again;
    throw new SourceError(`${flag}: ${rev} is not in this repository, even after fetching the full history`);
  }
  if (repo.shallow) {
    throw new SourceError(
      `${flag}: ${rev} is not in this shallow clone; fetch more history (fetch-depth: 0 in actions/checkout, or git fetch --unshallow) or pass --fetch-missing`
    );
  }
  throw new SourceError(`${flag}: unknown revision ${rev}`);
}

// src/scan/history.ts
var MESSAGE_PATH = "(commit message)";
var MAX_BLOB_IN_MEMORY = 32 * 1024 * 1024;
async function scanHistory(options = {}) {
  return runSources(options, () => [historySource(options)]);
}
function historySource(options) {
  return {
    name: "history",
    async read(setup, into) {
      const repo = openRepository(setup.root);
      into.repository = repositoryInfo(repo);
      const { revisions, base } = historyRevisions(repo, options, into);
      await scanRevisions(repo, { revisions, base, messages: options.messages !== false }, setup, into, options.onProgress);
    }
  };
}
async function scanRevisions(repo, scope, setup, result, onProgress) {
  const { sightings, introductions } = await scanLog(repo, scope, setup.settings, result, setup.started, onProgress);
  if (sightings.length === 0) return;
  const known2 = { scanned: introductions, tokens: /* @__PURE__ */ new Map() };
  for (const s of sightings) if (s.blob) known2.tokens.set(s.blob, [...known2.tokens.get(s.blob) ?? [], s.finding.fingerprint]);
  const baseTokens = scope.base.length > 0 ? await treeFingerprints(repo, scope.base, setup.settings, known2) : /* @__PURE__ */ new Set();
  const current = repo.head ? await treeFingerprints(repo, [repo.head], setup.settings, known2) : /* @__PURE__ */ new Set();
  const fresh = sightings.filter((s) => !baseTokens.has(s.finding.fingerprint));
  result.findings.push(...attribute(fresh, introductions, current, scope.unpushed === true));
}
async function scanLog(repo, scope, settings, result, started, onProgress) {
  const sightings = [];
  const introductions = /* @__PURE__ */ new Map();
  const big = [];
  const archives = [];
  const submodules = /* @__PURE__ */ new Map();
  let done = 0;
  let total;
  let lastReport = 0;
  const batch = openBatch({
    cwd: repo.cwd,
    maxInMemory: MAX_BLOB_IN_MEMORY,
    onMissing: (id, blobPath) => result.warnings.push(missingObjectWarning(id, blobPath, introductions.get(id)?.[0]?.commit.id)),
    onObject: (object) => {
      done++;
      if (object.type !== "blob") return;
      if (isArchiveBlob(object)) archives.push({ id: object.id, path: object.path });
      else if (object.content) scanBlob(object.id, object.content, object.path, settings, result, sightings);
      else big.push(object);
      const now = performance.now();
      if (!onProgress || now - lastReport < 100) return;
      lastReport = now;
      onProgress({ objectsDone: done, ...total === void 0 ? {} : { objectsTotal: total }, bytes: result.bytesScanned, elapsedMs: now - started });
    }
  });
  try {
    await streamLog(repo.cwd, scope.revisions, {
      onCommit: (commit, message) => {
        if (scope.messages && mayContainTokenText(message)) {
          scanMessageText(message, { id: commit.id, ...commit.author ? { author: commit.author } : {} }, settings, result, sightings);
        }
      },
      onChange: ({ commit, blob, path: blobPath }) => {
        const intro = { commit, path: blobPath };
        const seen = introductions.get(blob);
        if (seen) {
          seen.push(intro);
          return;
        }
        introductions.set(blob, [intro]);
        batch.request(blob, blobPath);
      },
      onSubmodule: ({ commit, path: modulePath }) => {
        if (!submodules.has(modulePath)) submodules.set(modulePath, commit.id);
      },
      onChunk: () => batch.flush() ? void 0 : batch.drained()
    });
  } catch (error) {
    batch.kill();
    throw error;
  }
  total = introductions.size;
  await batch.end();
  for (const [modulePath, commit] of submodules) result.warnings.push(submoduleWarning(modulePath, commit));
  if (scope.messages && scope.revisions.includes("--all")) await scanTagMessages(repo, settings, result, sightings);
  for (const object of big) {
    const own = emptyBatch();
    await scanBlobThroughFile(repo.cwd, object, settings, own, true);
    addBatch(result, own, (finding) => sightings.push({ finding, blob: object.id }));
  }
  for (const archive of archives) {
    const own = emptyBatch();
    await scanArchiveBlob(repo.cwd, archive.id, archive.path, settings, own);
    addBatch(result, own, (finding) => sightings.push({ finding, blob: archive.id }));
  }
  return { sightings, introductions };
}
function isArchiveBlob(object) {
  return object.content !== void 0 && archiveKind(object.content.subarray(0, 1024)) !== void 0;
}
async function scanArchiveBlob(cwd, id, blobPath, settings, into) {
  const content = git(["cat-file", "blob", id], { cwd }).stdout;
  await scanArchive({ source: { bytes: content }, path: blobPath, origin: (entry) => ({ kind: "blob", path: blobPath, entry, blob: id }) }, settings, into);
}
async function scanTagMessages(repo, settings, result, sightings) {
  const refs = git(["for-each-ref", "--format=%(objectname) %(objecttype)", "refs/tags"], { cwd: repo.cwd }).stdout.toString("utf8");
  const tags = new Map(
    refs.split("\n").filter((line) => line.endsWith(" tag")).map((line) => [line.slice(0, line.indexOf(" ")), ""])
  );
  if (tags.size === 0) return;
  await readObjects(
    repo.cwd,
    tags,
    MAX_BLOB_IN_MEMORY,
    (object) => {
      if (object.type !== "tag" || !object.content) return;
      const info = parseCommit(object.content, "tag");
      if (mayContainTokenText(info.message)) {
        scanMessageText(info.message, { id: object.id, ...info.author ? { author: info.author } : {} }, settings, result, sightings);
      }
    },
    (id) => result.warnings.push(missingObjectWarning(id, ""))
  );
}
function submoduleWarning(modulePath, commit) {
  return {
    path: modulePath,
    code: "submodule",
    message: `${modulePath}: a submodule (recorded in commit ${commit}) is another repository with its own history, not scanned here; run monime-guard history inside it, or git submodule foreach monime-guard history`
  };
}
function missingObjectWarning(id, blobPath, commit) {
  const what = blobPath === "" ? `object ${id}` : `${blobPath}: blob ${id}`;
  return {
    path: blobPath === "" ? "." : blobPath,
    code: "missing-object",
    message: `${what}${commit ? ` (commit ${commit})` : ""} is missing from git's object store, so it was not scanned; git fsck lists what is missing, and fetching it again may restore it`
  };
}
function scanBlob(id, content, blobPath, settings, result, sightings) {
  const own = emptyBatch();
  scanBytes(content, blobPath, settings, own);
  addBatch(result, own, (finding) => sightings.push({ finding, blob: id }));
}
function scanMessageText(message, origin, settings, result, sightings) {
  const own = emptyBatch();
  scanBytes(Buffer.from(message), MESSAGE_PATH, settings, own);
  for (const finding of own.findings) sightings.push({ finding, message: origin });
  for (const placeholder of own.placeholders) result.placeholders.push({ ...placeholder, commit: origin.id });
}
async function scanGitBlob(cwd, object, settings, into) {
  if (isArchiveBlob(object)) await scanArchiveBlob(cwd, object.id, object.path, settings, into);
  else if (object.content) scanBytes(object.content, object.path, settings, into);
  else await scanBlobThroughFile(cwd, object, settings, into, true);
}
function scanBlobThroughFile(cwd, object, settings, into, openArchives = false) {
  const temp = os3.tmpdir();
  let dir;
  try {
    dir = fs16.mkdtempSync(path14.join(temp, "monime-guard-blob-"));
  } catch (error) {
    throw tempFileError(error, object, temp);
  }
  const remove = () => fs16.rmSync(dir, { recursive: true, force: true });
  let archive;
  try {
    const file = path14.join(dir, "blob");
    let fd;
    try {
      fd = fs16.openSync(file, "w", 384);
    } catch (error) {
      throw tempFileError(error, object, temp);
    }
    let run;
    let written = 0;
    try {
      run = runGit(["cat-file", "blob", object.id], { cwd, stdout: fd });
      if (run.ran && run.status !== 0) written = fs16.fstatSync(fd).size;
    } finally {
      fs16.closeSync(fd);
    }
    if (!run.ran) throw spawnError(run.error, cwd);
    if (run.status !== 0 && written < object.size && freeBytes(dir) < object.size - written) {
      throw new SourceError(noSpaceMessage(object, temp));
    }
    if (run.status !== 0) {
      into.warnings.push({ path: object.path, code: "git", message: `${object.path}: could not read blob ${object.id} from git` });
      return openArchives ? Promise.resolve() : void 0;
    }
    scanFile({ abs: file, rel: object.path, explicit: true }, settings, into);
    archive = into.archives?.length ? file : void 0;
    delete into.archives;
  } finally {
    if (!archive || !openArchives) remove();
  }
  if (!archive || !openArchives) return openArchives ? Promise.resolve() : void 0;
  const origin = (entry) => ({ kind: "blob", path: object.path, entry, blob: object.id });
  return scanArchive({ source: { file: archive }, path: object.path, origin }, settings, into).finally(remove);
}
function freeBytes(dir) {
  const stats = fs16.statfsSync(dir);
  return stats.bavail * stats.bsize;
}
function noSpaceMessage(object, temp) {
  return `no space left on device (ENOSPC) for the temporary copy of ${object.path} (blob ${object.id}, ${object.size} bytes) in ${temp}: free space there, or set TMPDIR to a directory on a disk with room`;
}
function tempFileError(error, object, temp) {
  const code = errorCode(error);
  if (code === "ENOSPC" || code === "EDQUOT") return new SourceError(noSpaceMessage(object, temp));
  return new SourceError(`cannot make a temporary file in ${temp} for ${object.path} (blob ${object.id}): ${code ?? String(error)}`);
}
async function scanBlobs(cwd, blobs, settings) {
  const scanned = /* @__PURE__ */ new Map();
  const later = [];
  await readObjects(
    cwd,
    blobs,
    MAX_BLOB_IN_MEMORY,
    (object) => {
      if (!object.content || isArchiveBlob(object)) {
        const { content, ...rest } = object;
        later.push(content ? { ...rest, content: content.subarray(0, 1024) } : rest);
        return;
      }
      const own = emptyBatch();
      scanBytes(object.content, object.path, settings, own);
      scanned.set(object.id, own);
    },
    (id, blobPath) => scanned.set(id, { ...emptyBatch(), warnings: [missingObjectWarning(id, blobPath)] })
  );
  for (const object of later) {
    const own = emptyBatch();
    await scanGitBlob(cwd, object, settings, own);
    scanned.set(object.id, own);
  }
  return scanned;
}
function addBatch(result, own, onFinding) {
  result.filesScanned += own.filesScanned;
  result.bytesScanned += own.bytesScanned;
  result.binarySkipped += own.binarySkipped;
  result.placeholders.push(...own.placeholders);
  result.warnings.push(...own.warnings);
  for (const finding of own.findings) onFinding(finding);
}
async function treeFingerprints(repo, commits, settings, known2) {
  const fingerprints = /* @__PURE__ */ new Set();
  const unread = /* @__PURE__ */ new Map();
  for (const commit of commits) {
    for (const [id, blobPath] of treeBlobs(repo, commit)) {
      if (!known2.scanned.has(id)) unread.set(id, blobPath);
      for (const fingerprint of known2.tokens.get(id) ?? []) fingerprints.add(fingerprint);
    }
  }
  if (unread.size === 0) return fingerprints;
  for (const own of (await scanBlobs(repo.cwd, unread, settings)).values()) for (const finding of own.findings) fingerprints.add(finding.fingerprint);
  return fingerprints;
}

// src/scan/iac.ts
init_errors();
import * as fs17 from "node:fs";
import * as path16 from "node:path";

// src/iac/check.ts
init_mask();

// src/iac/manifest.ts
var import_yaml = __toESM(require_dist(), 1);
init_errors();
function isManifestName(name) {
  return /^monime-tokens\.(ya?ml|json)$/.test(name);
}
var SUPPRESSION = /monime-guard-ignore(?:\s+(?!--)(\S+))?\s*(.*)$/;
function readManifest(text2, file, named) {
  const lines = new import_yaml.LineCounter();
  const documents = (0, import_yaml.parseAllDocuments)(text2, { lineCounter: lines, prettyErrors: false });
  const at = (node) => {
    const pos = lines.linePos(node?.range?.[0] ?? 0);
    return { line: pos.line, column: pos.col };
  };
  const suppressions = readSuppressions(text2);
  const configs = [];
  for (const document of Array.isArray(documents) ? documents : [documents]) {
    const error = document.errors[0];
    if (error) {
      const pos = lines.linePos(error.pos[0]);
      throw new ConfigError(`${file}:${pos.line}:${pos.col}: ${error.message.split("\n")[0]}`);
    }
    const root = document.contents;
    if (!(0, import_yaml.isMap)(root)) continue;
    if (root.get("kind") === "MonimeAccessToken") {
      const spec = root.get("spec", true);
      configs.push(readEntry((0, import_yaml.isMap)(spec) ? spec : root, file, at, lines, suppressions));
    } else if (named) {
      const tokens = root.get("tokens", true);
      if (!(0, import_yaml.isSeq)(tokens)) throw new ConfigError(`${file}:${at(root).line}:${at(root).column}: a token manifest needs a \`tokens:\` list`);
      for (const item of tokens.items) if ((0, import_yaml.isMap)(item)) configs.push(readEntry(item, file, at, lines, suppressions));
    }
  }
  return configs;
}
function readSuppressions(text2) {
  const found2 = /* @__PURE__ */ new Map();
  text2.split("\n").forEach((line, i) => {
    const comment2 = /(#|\/\/)\s*(monime-guard-ignore.*)$/.exec(line);
    const suppression = comment2 && parseSuppression(comment2[2], { line: i + 1, column: line.indexOf("monime-guard-ignore") + 1 });
    if (suppression) found2.set(i + 1, suppression);
  });
  return found2;
}
function parseSuppression(text2, at) {
  const match2 = SUPPRESSION.exec(text2.startsWith("monime-guard-ignore") ? text2 : `monime-guard-ignore ${text2.trim()}`);
  if (!match2) return void 0;
  const rest = match2[2].trim();
  if (rest && !rest.startsWith("--")) return { ruleId: match2[1] ?? "", malformed: true, at };
  const body = rest.slice(2).trim();
  const until = /(?:^|\s)until\s+(\S+)$/.exec(body);
  const reason = (until ? body.slice(0, until.index) : body).trim();
  return { ruleId: match2[1] ?? "", ...reason ? { reason } : {}, ...until ? { until: until[1] } : {}, at };
}
function readEntry(map, file, at, lines, suppressions) {
  const start = at(map);
  const endLine = lines.linePos(Math.max(0, (map.range?.[1] ?? 1) - 1)).line;
  const config = { format: "manifest", file, at: start, label: "", positions: {}, strings: [], suppressions: [] };
  const field2 = (key) => map.get(key, true);
  const wrong = (node, message) => {
    const pos = at(node);
    throw new ConfigError(`${file}:${pos.line}:${pos.column}: ${message}`);
  };
  checkKeys(map, ENTRY_FIELDS, "a token entry", wrong);
  const text2 = (key) => {
    const node = field2(key);
    if (!node) return;
    config.positions[key] = at(node);
    if (!(0, import_yaml.isScalar)(node) || typeof node.value !== "string") wrong(node, `\`${key}\` must be a string`);
    config[key] = node.value;
  };
  const list = (key, node, where) => {
    if (!node) return;
    config.positions[key] = at(node);
    if ((0, import_yaml.isScalar)(node) && node.value === null) {
      config[key] = [];
      return;
    }
    if (!(0, import_yaml.isSeq)(node)) return wrong(node, `\`${where}\` must be a list`);
    config[key] = node.items.map(
      (item) => (0, import_yaml.isScalar)(item) && (typeof item.value === "string" || typeof item.value === "number") ? String(item.value) : wrong(item, `\`${where}\` must hold strings`)
    );
  };
  text2("name");
  const mode = field2("mode");
  if (mode) {
    config.positions.mode = at(mode);
    const value = (0, import_yaml.isScalar)(mode) ? mode.value : void 0;
    if (value !== "test" && value !== "live") wrong(mode, "`mode` must be test or live");
    config.mode = value;
  }
  const expiry = field2("expiry");
  if (expiry) {
    config.positions.expiry = at(expiry);
    const value = (0, import_yaml.isScalar)(expiry) ? parseExpiry(expiry.value) : UNKNOWN;
    if (value === UNKNOWN || value === void 0) {
      const written = (0, import_yaml.isScalar)(expiry) ? String(expiry.value) : "";
      return wrong(
        expiry,
        looksLikeDate(written) ? `\`expiry\` ${written} is not a day in the calendar` : "`expiry` must be 2-months, 1-year (any number of days, months or years), an ISO date or never"
      );
    }
    config.expiry = value;
  }
  text2("apiRelease");
  const whitelist = field2("whitelist");
  if (whitelist && !((0, import_yaml.isScalar)(whitelist) && whitelist.value === null)) {
    if (!(0, import_yaml.isMap)(whitelist)) return wrong(whitelist, "`whitelist` must be a mapping with `spaces` and `ips`");
    checkKeys(whitelist, ["spaces", "ips"], "`whitelist`", wrong);
    list("spaces", whitelist.get("spaces", true), "whitelist.spaces");
    list("ips", whitelist.get("ips", true), "whitelist.ips");
  }
  list("services", field2("services"), "services");
  list("roles", field2("roles"), "roles");
  text2("owner");
  text2("purpose");
  const rotate = field2("rotateEveryDays");
  if (rotate) {
    config.positions.rotateEveryDays = at(rotate);
    if (!(0, import_yaml.isScalar)(rotate) || typeof rotate.value !== "number" || !Number.isInteger(rotate.value) || rotate.value < 1)
      return wrong(rotate, "`rotateEveryDays` must be a whole number of days");
    config.rotateEveryDays = rotate.value;
  }
  config.label = typeof config.name === "string" ? config.name : `entry at line ${start.line}`;
  collectStrings(map, at, config.strings);
  readIgnoreField(field2(IGNORE_FIELD), at, config);
  for (let line = start.line - 1; line <= endLine; line++) {
    const suppression = suppressions.get(line);
    if (suppression) config.suppressions.push(suppression);
  }
  return config;
}
var ENTRY_FIELDS = ["name", "mode", "expiry", "apiRelease", "whitelist", "services", "roles", "owner", "purpose", "rotateEveryDays"];
function checkKeys(map, allowed, what, wrong) {
  for (const pair2 of map.items) {
    const key = (0, import_yaml.isScalar)(pair2.key) ? String(pair2.key.value) : "";
    if (allowed.includes(key) || key.startsWith("x-") || KIND_FIELDS.includes(key)) continue;
    const hint = closest(key, allowed);
    wrong(
      pair2.key,
      `unknown field \`${key}\` in ${what}: ${hint ? `did you mean \`${hint}\`?` : `its fields are ${allowed.join(", ")} (and x-\u2026 for other tools)`}`
    );
  }
}
var KIND_FIELDS = ["kind", "apiVersion", "metadata", "spec"];
var IGNORE_FIELD = "x-monime-guard-ignore";
function readIgnoreField(node, at, config) {
  if (!node) return;
  const items = (0, import_yaml.isSeq)(node) ? node.items : [node];
  for (const item of items) {
    const text2 = (0, import_yaml.isScalar)(item) && typeof item.value === "string" ? item.value : "";
    config.suppressions.push(parseSuppression(text2, at(item)) ?? { ruleId: "", malformed: true, at: at(item) });
  }
}
function collectStrings(node, at, into) {
  if ((0, import_yaml.isScalar)(node)) {
    if (typeof node.value === "string") into.push({ value: node.value, at: at(node) });
  } else if ((0, import_yaml.isMap)(node)) {
    for (const pair2 of node.items) if (pair2.value && !((0, import_yaml.isScalar)(pair2.key) && pair2.key.value === IGNORE_FIELD)) collectStrings(pair2.value, at, into);
  } else if ((0, import_yaml.isSeq)(node)) {
    for (const item of node.items) collectStrings(item, at, into);
  }
}

// src/iac/check.ts
function checkConfigs(configs, options = {}) {
  const today = options.today ?? /* @__PURE__ */ new Date();
  const policyIds = new Set(policyRules.map((policy) => policy.id));
  const findings = [];
  const suppressedFindings = [];
  const enabled = policyRules.flatMap((policy) => {
    const settings = options.config?.rules?.[policy.id];
    return settings?.enabled === false ? [] : [{ policy, severity: settings?.severity, context: { today, options: settings?.options ?? {}, policyIds } }];
  });
  for (const config of configs) {
    for (const { policy, severity, context } of enabled) {
      for (const violation of policy.check(config, context)) {
        const at = violation.at ?? (violation.field ? config.positions[violation.field] : void 0) ?? config.at;
        const suppression = config.suppressions.find((s) => s.ruleId === policy.id);
        const verdict = judgeSuppression(suppression, today);
        const finding = {
          ruleId: policy.id,
          severity: severity ?? violation.severity ?? policy.severity,
          confidence: "high",
          // The kind of token the configuration makes, so `--fail-on live` applies, or the kind of the
          // token written in it (`iac/hardcoded-token`), which `--fail-on test` counts as a token.
          ...violation.token ? { tokenKind: violation.token } : config.mode === "live" || config.mode === "test" ? { tokenKind: config.mode } : {},
          path: config.file,
          origin: { kind: "file", path: config.file },
          span: { start: at, end: { line: at.line, column: at.column + 1 } },
          masked: config.label,
          // The file, the resource, the field and which value of it: not the message, whose counts
          // and dates change while the decision a baseline records does not.
          fingerprint: fingerprintOf(
            policy.id,
            `${config.file}\0${config.label}\0${violation.field ?? ""}\0${violation.key ?? (violation.at ? `${violation.at.line}:${violation.at.column}` : "")}`
          ),
          bodyLength: 0,
          detail: `${violation.message}${verdict && verdict !== "applies" ? ` (${verdict})` : ""}`
        };
        if (verdict === "applies")
          suppressedFindings.push({ ...finding, suppression: { by: "inline", ...suppression?.reason ? { reason: suppression.reason } : {} } });
        else findings.push(finding);
      }
    }
  }
  return { findings, suppressed: suppressedFindings.length, suppressedFindings };
}
function judgeSuppression(suppression, today) {
  if (!suppression) return void 0;
  if (suppression.malformed)
    return `the monime-guard-ignore on line ${suppression.at.line} is not understood, so it suppresses nothing: write "-- <reason>" after the policy id`;
  if (!suppression.reason) return `the monime-guard-ignore on line ${suppression.at.line} has no reason, so it suppresses nothing: add "-- <reason>"`;
  if (suppression.until !== void 0 && !isCalendarDate(suppression.until)) {
    return `the monime-guard-ignore on line ${suppression.at.line} has an \`until\` (${suppression.until}) that is not a day in the calendar (YYYY-MM-DD), so it suppresses nothing`;
  }
  if (suppression.until !== void 0 && calendarDay(suppression.until) + 864e5 <= today.getTime())
    return `the monime-guard-ignore on line ${suppression.at.line} expired on ${suppression.until}`;
  return "applies";
}
function checkVariants(variants, options = {}) {
  if (variants.length === 1) return checkConfigs(variants[0].configs, options);
  const merged = /* @__PURE__ */ new Map();
  const suppressedFindings = /* @__PURE__ */ new Map();
  for (const variant of variants) {
    const checked2 = checkConfigs(variant.configs, options);
    for (const finding of checked2.suppressedFindings) if (!suppressedFindings.has(finding.fingerprint)) suppressedFindings.set(finding.fingerprint, finding);
    for (const finding of checked2.findings) {
      const key = `${finding.ruleId}\0${finding.path}\0${finding.span.start.line}\0${finding.span.start.column}\0${finding.masked}\0${finding.detail}`;
      const entry = merged.get(key) ?? { finding, environments: [] };
      entry.environments.push(variant.environment ?? "");
      merged.set(key, entry);
    }
  }
  const findings = [...merged.values()].map(
    ({ finding, environments }) => environments.length === variants.length ? finding : { ...finding, detail: `${finding.detail} (with ${environments.join(", ")})` }
  );
  return { findings, suppressed: suppressedFindings.size, suppressedFindings: [...suppressedFindings.values()] };
}
var HARDCODED = "iac/hardcoded-token";
function checkHardcodedTokens(files, known2, options = {}) {
  const today = options.today ?? /* @__PURE__ */ new Date();
  const findings = [];
  const suppressedFindings = [];
  const holding = /* @__PURE__ */ new Set();
  const settings = options.config?.rules?.[HARDCODED];
  const policy = policyRules.find((rule) => rule.id === HARDCODED);
  for (const { file, text: text2 } of files) {
    if (!mayContainTokenText(text2)) continue;
    const matches = detect(text2).matches;
    if (matches.length === 0) continue;
    holding.add(file);
    if (settings?.enabled === false || !policy) continue;
    const judged = known2(file);
    const locate = createLocator(text2, 0, 1, 1);
    const suppressions = readSuppressions(text2);
    for (const match2 of matches) {
      const at = locate(match2.start);
      if (judged.has(match2.token)) continue;
      const end = locate(match2.end);
      const masked = maskToken(match2.token);
      const suppression = suppressions.get(at.line)?.ruleId === HARDCODED ? suppressions.get(at.line) : suppressions.get(at.line - 1);
      const verdict = judgeSuppression(suppression?.ruleId === HARDCODED ? suppression : void 0, today);
      const finding = {
        ruleId: HARDCODED,
        severity: settings?.severity ?? policy.severity,
        confidence: match2.confidence,
        tokenKind: match2.kind,
        path: file,
        origin: { kind: "file", path: file },
        span: { start: at, end },
        masked,
        fingerprint: fingerprintOf(HARDCODED, match2.token),
        ...match2.encoding ? { encoding: match2.encoding } : {},
        bodyLength: match2.bodyLength,
        detail: `the ${match2.kind} token ${masked} is written in the configuration: pass it in a variable marked \`sensitive = true\` (or an environment variable) filled from a secret store (Vault, AWS Secrets Manager, \u2026), and revoke this one${verdict && verdict !== "applies" ? ` (${verdict})` : ""}`
      };
      if (verdict === "applies")
        suppressedFindings.push({ ...finding, suppression: { by: "inline", ...suppression?.reason ? { reason: suppression.reason } : {} } });
      else findings.push(finding);
    }
  }
  return { findings, suppressed: suppressedFindings.length, suppressedFindings, holding };
}
function tokensIn(configs) {
  const tokens = /* @__PURE__ */ new Set();
  for (const config of configs)
    for (const s of config.strings) if (mayContainTokenText(s.value)) for (const match2 of detect(s.value).matches) tokens.add(match2.token);
  return tokens;
}

// src/iac/plan.ts
var import_yaml2 = __toESM(require_dist(), 1);
init_errors();

// src/iac/resource-attributes.ts
init_errors();
function readTokenAttributes(config, read) {
  const text2 = (value) => typeof value === "string" ? value : UNKNOWN;
  const name = read("name", "name");
  if (name !== void 0 && name !== null) config.name = text2(name);
  const testMode = read("test_mode", "mode");
  config.mode = testMode === UNKNOWN ? UNKNOWN : testMode === true || testMode === "true" ? "test" : "live";
  const expires = read("expires_at", "expiry");
  if (expires === null || expires === void 0) {
    if (config.mode !== "test") config.expiry = config.mode === UNKNOWN ? UNKNOWN : { kind: "never" };
  } else {
    config.expiry = expires === UNKNOWN ? UNKNOWN : parseExpiry(expires) ?? UNKNOWN;
    if (config.expiry === UNKNOWN && typeof expires === "string" && looksLikeDate(expires)) {
      const where = config.positions.expiry ?? config.at;
      throw new ConfigError(`${config.file}:${where.line}:${where.column}: ${config.label}: expires_at ${expires} is not a day in the calendar`);
    }
  }
  const release = read("api_release", "apiRelease");
  if (release !== void 0 && release !== null) config.apiRelease = text2(release);
  const lists = [
    ["whitelist_space_ids", "spaces"],
    ["whitelist_ips", "ips"],
    ["services", "services"],
    ["roles", "roles"]
  ];
  for (const [attribute2, field2] of lists) {
    const value = read(attribute2, field2);
    if (value === void 0 || value === null) continue;
    config[field2] = Array.isArray(value) && value.every((item) => typeof item === "string") ? value : UNKNOWN;
  }
}

// src/iac/plan.ts
var TOKEN_RESOURCE = "monime_access_token";
function looksLikePlan(text2) {
  return text2.includes('"resource_changes"') && text2.includes(TOKEN_RESOURCE);
}
function readPlan(text2, file) {
  const lines = new import_yaml2.LineCounter();
  const document = (0, import_yaml2.parseDocument)(text2, { lineCounter: lines, prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const pos = lines.linePos(error.pos[0]);
    throw new ConfigError(`${file}:${pos.line}:${pos.col}: ${error.message.split("\n")[0]}`);
  }
  const at = (node) => {
    const pos = lines.linePos(node?.range?.[0] ?? 0);
    return { line: pos.line, column: pos.col };
  };
  const root = document.contents;
  const changes = (0, import_yaml2.isMap)(root) ? root.get("resource_changes", true) : void 0;
  if (!(0, import_yaml2.isSeq)(changes)) return [];
  const configs = [];
  for (const change of changes.items) {
    if (!(0, import_yaml2.isMap)(change) || change.get("type") !== TOKEN_RESOURCE) continue;
    const detail = change.get("change", true);
    if (!(0, import_yaml2.isMap)(detail)) continue;
    const actions = detail.get("actions", true);
    const verbs = (0, import_yaml2.isSeq)(actions) ? actions.items.map((a) => (0, import_yaml2.isScalar)(a) ? String(a.value) : "") : [];
    if (!verbs.includes("create") && !verbs.includes("update")) continue;
    const after = detail.get("after", true);
    const unknown = detail.get("after_unknown", true);
    if ((0, import_yaml2.isMap)(after)) configs.push(readResource(String(change.get("address") ?? TOKEN_RESOURCE), after, (0, import_yaml2.isMap)(unknown) ? unknown : void 0, file, at));
  }
  return configs;
}
var ATTRIBUTES = /* @__PURE__ */ new Set(["name", "test_mode", "expires_at", "api_release", "whitelist_space_ids", "whitelist_ips", "services", "roles"]);
function readResource(address, after, unknown, file, at) {
  const config = { format: "plan", file, at: at(after), label: address, positions: {}, strings: [], suppressions: [] };
  const pending = (key) => unknown?.get(key) === true;
  const value = (key, field2) => {
    if (pending(key)) {
      config.positions[field2] = at(unknown.get(key, true));
      return UNKNOWN;
    }
    const node = after.get(key, true);
    if (!node) return void 0;
    config.positions[field2] = at(node);
    if ((0, import_yaml2.isScalar)(node)) return node.value;
    if ((0, import_yaml2.isSeq)(node)) return node.items.map((item) => (0, import_yaml2.isScalar)(item) ? String(item.value) : "?");
    return UNKNOWN;
  };
  readTokenAttributes(config, value);
  for (const pair2 of after.items) {
    if ((0, import_yaml2.isScalar)(pair2.key) && pending(String(pair2.key.value))) continue;
    if (pair2.value) collectStrings(pair2.value, at, config.strings);
  }
  config.unresolved = [...unknown?.items ?? []].filter((pair2) => pair2.value && (0, import_yaml2.isScalar)(pair2.value) && pair2.value.value === true).map((pair2) => String(pair2.key.value)).filter((key) => ATTRIBUTES.has(key));
  return config;
}

// src/iac/terraform.ts
import * as path15 from "node:path";
init_errors();

// src/iac/expression.ts
var Unresolved = class extends Error {
};
function evaluate(value, scope) {
  if (typeof value === "string") return evaluateTemplate(value, scope);
  if (Array.isArray(value)) return value.map((item) => evaluate(item, scope));
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const [key, item] of Object.entries(value)) out[key] = evaluate(item, scope);
    return out;
  }
  return value;
}
function isUnknownDeep(value) {
  if (value === UNKNOWN) return true;
  if (Array.isArray(value)) return value.some(isUnknownDeep);
  if (value !== null && typeof value === "object") return Object.values(value).some(isUnknownDeep);
  return false;
}
function evaluateTemplate(text2, scope) {
  if (!text2.includes("${") && !text2.includes("%{")) return text2;
  const cached = scope.cache?.get(text2);
  if (cached !== void 0 || scope.cache?.has(text2)) return cached;
  let value;
  try {
    value = new Parser(text2, 0, scope).template(void 0);
  } catch (error) {
    if (!(error instanceof Unresolved)) throw error;
    value = UNKNOWN;
  }
  scope.cache?.set(text2, value);
  return value;
}
var IDENTIFIER = /[A-Za-z_][\w-]*/y;
var NUMBER2 = /-?\d+(\.\d+)?([eE][+-]?\d+)?/y;
function isSpace(code) {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
var FUNCTIONS = {
  toset: ([list]) => Array.isArray(list) ? [...new Set(list.map(stringOf))].sort() : fail2(),
  tolist: ([list]) => Array.isArray(list) ? list : fail2(),
  tomap: ([map]) => isObject2(map) ? map : fail2(),
  concat: (lists) => lists.every(Array.isArray) ? lists.flat() : fail2(),
  distinct: ([list]) => Array.isArray(list) ? list.filter((item, i) => list.indexOf(item) === i) : fail2(),
  flatten: ([list]) => Array.isArray(list) ? list.flat(Infinity) : fail2(),
  join: ([separator, list]) => typeof separator === "string" && Array.isArray(list) ? list.map(stringOf).join(separator) : fail2(),
  lower: ([text2]) => stringOf(text2).toLowerCase(),
  upper: ([text2]) => stringOf(text2).toUpperCase(),
  trimspace: ([text2]) => stringOf(text2).trim()
};
function fail2() {
  throw new Unresolved();
}
function isObject2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function stringOf(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return fail2();
}
var Parser = class {
  constructor(text2, pos, scope) {
    this.text = text2;
    this.pos = pos;
    this.scope = scope;
  }
  /**
   * A template up to `end` (a closing quote) or the end of the text. A template that is exactly
   * one interpolation keeps the interpolated value's type, as Terraform does.
   */
  template(end) {
    const parts = [];
    let literal2 = "";
    for (; ; ) {
      if (this.pos >= this.text.length) {
        if (end) fail2();
        break;
      }
      const c = this.text[this.pos];
      if (end && c === end) {
        this.pos++;
        break;
      }
      if ((c === "$" || c === "%") && this.text[this.pos + 1] === c && this.text[this.pos + 2] === "{") {
        literal2 += `${c}{`;
        this.pos += 3;
      } else if (c === "%" && this.text[this.pos + 1] === "{") {
        fail2();
      } else if (c === "$" && this.text[this.pos + 1] === "{") {
        this.pos += 2;
        if (literal2) parts.push(literal2);
        literal2 = "";
        parts.push(this.expression());
        this.skipSpace();
        this.expect("}");
      } else if (end && c === "\\") {
        literal2 += this.escape();
      } else {
        literal2 += c;
        this.pos++;
      }
    }
    if (literal2) parts.push(literal2);
    if (parts.length === 1 && literal2 === "") return parts[0];
    if (parts.some((part) => part === UNKNOWN)) return UNKNOWN;
    return parts.map(stringOf).join("");
  }
  escape() {
    const next = this.text[this.pos + 1];
    this.pos += 2;
    const simple = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
    if (next !== void 0 && next in simple) return simple[next];
    if (next === "u") {
      const hex = this.text.slice(this.pos, this.pos + 4);
      this.pos += 4;
      return String.fromCharCode(Number.parseInt(hex, 16));
    }
    return fail2();
  }
  expression() {
    this.skipSpace();
    let value = this.primary();
    for (; ; ) {
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === "." && /[A-Za-z_]/.test(this.text[this.pos + 1] ?? "")) {
        this.pos++;
        value = this.access(value, this.identifier());
      } else if (c === "." && /\d/.test(this.text[this.pos + 1] ?? "")) {
        this.pos++;
        value = this.access(value, Number(this.number()));
      } else if (c === "[") {
        this.pos++;
        const index = this.expression();
        this.skipSpace();
        this.expect("]");
        value = this.access(value, index);
      } else {
        return value;
      }
    }
  }
  access(value, key) {
    if (value === UNKNOWN || key === UNKNOWN) return UNKNOWN;
    if (Array.isArray(value) && typeof key === "number") return key in value ? value[key] : fail2();
    if (isObject2(value) && (typeof key === "string" || typeof key === "number")) return String(key) in value ? value[String(key)] : fail2();
    return fail2();
  }
  primary() {
    const c = this.text[this.pos];
    if (c === '"') {
      this.pos++;
      return this.template('"');
    }
    if (c === "[") return this.list();
    if (c === "{") return this.object();
    if (c === "(") {
      this.pos++;
      const value = this.expression();
      this.skipSpace();
      this.expect(")");
      return value;
    }
    if (c === "-" || c !== void 0 && /\d/.test(c)) return Number(this.number());
    if (c !== void 0 && /[A-Za-z_]/.test(c)) return this.reference(this.identifier());
    return fail2();
  }
  reference(name) {
    this.skipSpace();
    if (this.text[this.pos] === "(") return this.call(name);
    if (name === "true") return true;
    if (name === "false") return false;
    if (name === "null") return null;
    const attribute2 = () => {
      this.skipSpace();
      this.expect(".");
      return this.identifier();
    };
    if (name === "var") return this.scope.variable(attribute2());
    if (name === "local") return this.scope.local(attribute2());
    if (name === "count" && this.scope.count !== void 0 && attribute2() === "index") return this.scope.count;
    if (name === "each" && this.scope.each) {
      const part = attribute2();
      if (part === "key") return this.scope.each.key;
      if (part === "value") return this.scope.each.value;
    }
    return UNKNOWN;
  }
  call(name) {
    this.pos++;
    const args = this.sequence(")");
    const fn = FUNCTIONS[name];
    if (!fn || args.some(isUnknownDeep)) return UNKNOWN;
    return fn(args);
  }
  list() {
    this.pos++;
    this.skipSpace();
    if (/^for\s/.test(this.text.slice(this.pos, this.pos + 4))) fail2();
    return this.sequence("]");
  }
  /** Comma-separated expressions up to `close` (a trailing comma allowed). */
  sequence(close) {
    const items = [];
    for (; ; ) {
      this.skipSpace();
      if (this.text[this.pos] === close) {
        this.pos++;
        return items;
      }
      items.push(this.expression());
      this.skipSpace();
      if (this.text[this.pos] === ",") this.pos++;
      else if (this.text[this.pos] !== close) fail2();
    }
  }
  object() {
    this.pos++;
    this.skipSpace();
    if (/^for\s/.test(this.text.slice(this.pos, this.pos + 4))) fail2();
    const out = {};
    for (; ; ) {
      this.skipSpace();
      if (this.text[this.pos] === "}") {
        this.pos++;
        return out;
      }
      const key = this.text[this.pos] === '"' ? (this.pos++, this.template('"')) : this.identifier();
      if (typeof key !== "string") fail2();
      this.skipSpace();
      if (this.text[this.pos] !== "=" && this.text[this.pos] !== ":") fail2();
      this.pos++;
      out[key] = this.expression();
      this.skipSpace();
      if (this.text[this.pos] === ",") this.pos++;
    }
  }
  identifier() {
    return this.sticky(IDENTIFIER);
  }
  number() {
    return this.sticky(NUMBER2);
  }
  sticky(pattern) {
    pattern.lastIndex = this.pos;
    const match2 = pattern.exec(this.text);
    if (!match2) fail2();
    this.pos += match2[0].length;
    return match2[0];
  }
  skipSpace() {
    while (this.pos < this.text.length && isSpace(this.text.charCodeAt(this.pos))) this.pos++;
  }
  expect(char) {
    if (this.text[this.pos] !== char) fail2();
    this.pos++;
  }
};

// src/iac/hcl-layout.ts
function lineDepths(text2) {
  const depths = [0];
  let depth = 0;
  let inside = false;
  const newline = () => {
    depths.push(inside ? -1 : depth);
  };
  let i = 0;
  const n = text2.length;
  const skipString2 = () => {
    while (i < n) {
      const c = text2[i];
      if (c === "\\") i += 2;
      else if (c === '"') {
        i++;
        return;
      } else if (c === "\n") {
        newline();
        i++;
      } else if ((c === "$" || c === "%") && text2[i + 1] === "{" && text2[i - 1] !== c) {
        i += 2;
        skipBraces();
      } else i++;
    }
  };
  const skipBraces = () => {
    let level = 1;
    while (i < n && level > 0) {
      const c = text2[i];
      if (c === '"') {
        i++;
        skipString2();
        continue;
      }
      if (c === "{") level++;
      else if (c === "}") level--;
      else if (c === "\n") newline();
      i++;
    }
  };
  while (i < n) {
    const c = text2[i];
    if (c === "\n") {
      i++;
      newline();
    } else if (c === '"') {
      i++;
      inside = true;
      skipString2();
      inside = false;
    } else if (c === "#" || c === "/" && text2[i + 1] === "/") {
      while (i < n && text2[i] !== "\n") i++;
    } else if (c === "/" && text2[i + 1] === "*") {
      inside = true;
      const end = text2.indexOf("*/", i + 2);
      const stop = end === -1 ? n : end + 2;
      for (; i < stop; i++) if (text2[i] === "\n") newline();
      inside = false;
    } else if (c === "<" && text2[i + 1] === "<") {
      const heredoc = /^<<-?([A-Za-z_][\w-]*)[ \t]*\n/.exec(text2.slice(i, i + 128));
      if (!heredoc) {
        i += 2;
        continue;
      }
      i += heredoc[0].length - 1;
      inside = true;
      const close = new RegExp(`^[ \\t]*${heredoc[1]}[ \\t]*$`);
      while (i < n) {
        i++;
        newline();
        const end = text2.indexOf("\n", i);
        const line = text2.slice(i, end === -1 ? n : end);
        i = end === -1 ? n : end;
        if (close.test(line)) break;
      }
      inside = false;
    } else {
      if (c === "{" || c === "[" || c === "(") depth++;
      else if (c === "}" || c === "]" || c === ")") depth = Math.max(0, depth - 1);
      i++;
    }
  }
  return depths;
}
var HEADER = /^(\s*)resource\s+"?([\w-]+)"?\s+"?([\w-]+)"?\s*\{/;
var ATTRIBUTE = /^(\s*)([A-Za-z_][\w-]*)\s*=\s*/;
function resourceBlocks(text2, type) {
  if (!text2.includes(type)) return [];
  const lines = text2.split("\n");
  const depths = lineDepths(text2);
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    if (depths[i] !== 0) continue;
    const header = HEADER.exec(lines[i]);
    if (!header || header[2] !== type) continue;
    const block = { type, name: header[3], at: { line: i + 1, column: header[1].length + 1 }, endLine: i + 1, attributes: /* @__PURE__ */ new Map() };
    let j = i + 1;
    for (; j < lines.length && (depths[j] > 0 || depths[j] === -1); j++) {
      if (depths[j] !== 1) continue;
      const attribute2 = ATTRIBUTE.exec(lines[j]);
      if (attribute2 && !block.attributes.has(attribute2[2])) block.attributes.set(attribute2[2], { line: j + 1, column: attribute2[0].length + 1 });
    }
    block.endLine = j;
    blocks.push(block);
    i = j - 1;
  }
  return blocks;
}

// src/iac/terraform.ts
var parser;
function hclParser() {
  parser ??= Promise.resolve().then(() => __toESM(require_lib2(), 1)).then((module) => commonJsExports(module, "parse").parse);
  return parser;
}
async function parseHcl(file) {
  const parse4 = await hclParser();
  try {
    return await parse4(file.file, file.text);
  } catch (error) {
    const text2 = String(error?.message ?? error);
    const match2 = /:(\d+),(\d+)(?:-[\d,]+)?: ([^;\]]+)(?:; ([^\]]*))?/.exec(text2);
    if (match2) throw new ConfigError(`${file.file}:${match2[1]}:${match2[2]}: ${match2[3]}${match2[4] ? `: ${match2[4].trim()}` : ""}`);
    throw new ConfigError(`${file.file}: not valid HCL (${text2.split("\n")[0]})`);
  }
}
async function readTerraform(module) {
  const errors = [];
  const collect = async (work) => {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      errors.push(error.message);
      return void 0;
    }
  };
  const parsed = [];
  for (const file of module.files) {
    const body = await collect(() => parseHcl(file));
    if (body) parsed.push({ file, body });
  }
  const readVars = (file) => collect(() => file.file.endsWith(".json") ? parseJsonVars(file) : parseHcl(file));
  const assigned = /* @__PURE__ */ new Map();
  for (const file of module.varFiles) for (const [name, value] of Object.entries(await readVars(file) ?? {})) assigned.set(name, value);
  const bodies = parsed.map((p) => p.body);
  const read = (values) => resources(parsed, moduleScope(bodies, values), errors);
  if (!module.environments || module.environments.length === 0) return { variants: [{ configs: read(assigned) }], errors };
  const variants = [];
  for (const environment of module.environments) {
    const values = new Map(assigned);
    for (const [name, value] of Object.entries(await readVars(environment) ?? {})) values.set(name, value);
    variants.push({ environment: path15.basename(environment.file), configs: read(values) });
  }
  return { variants, errors };
}
function resources(parsed, scope, errors) {
  const configs = [];
  for (const { file, body } of parsed) {
    if (!file.report) continue;
    const blocks = body.resource?.[TOKEN_RESOURCE];
    if (!blocks) continue;
    const layouts = new Map(resourceBlocks(file.text, TOKEN_RESOURCE).map((b) => [b.name, b]));
    const suppressions = readSuppressions(file.text);
    const line = (name) => layouts.get(name)?.at.line ?? 0;
    for (const [name, declared] of Object.entries(blocks).sort(([a], [b]) => line(a) - line(b))) {
      const layout = layouts.get(name);
      const at = layout?.at ?? { line: 1, column: 1 };
      const attributes = declared[0];
      for (const instance of instances(attributes, scope)) {
        let config;
        try {
          config = readResource2(`${TOKEN_RESOURCE}.${name}${instance.key}`, attributes, instance.scope, file.file, at, layout?.attributes ?? /* @__PURE__ */ new Map());
        } catch (error) {
          if (!(error instanceof ConfigError)) throw error;
          if (!errors.includes(error.message)) errors.push(error.message);
          continue;
        }
        for (let line2 = at.line - 1; line2 <= (layout?.endLine ?? at.line); line2++) {
          const suppression = suppressions.get(line2);
          if (suppression) config.suppressions.push(suppression);
        }
        configs.push(config);
      }
    }
  }
  return configs;
}
function parseJsonVars(file) {
  let value;
  try {
    value = JSON.parse(file.text);
  } catch (error) {
    const offset = /position (\d+)/.exec(String(error))?.[1];
    const before = file.text.slice(0, offset ? Number(offset) : 0).split("\n");
    throw new ConfigError(`${file.file}:${before.length}:${before.at(-1).length + 1}: not valid JSON`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new ConfigError(`${file.file}:1:1: a variables file must hold an object`);
  return value;
}
function moduleScope(bodies, assigned) {
  const defaults2 = /* @__PURE__ */ new Map();
  const localExpressions = /* @__PURE__ */ new Map();
  for (const body of bodies) {
    for (const [name, blocks] of Object.entries(body.variable ?? {})) {
      const block = blocks[0] ?? {};
      defaults2.set(name, "default" in block ? block.default : UNKNOWN);
    }
    for (const block of body.locals ?? []) {
      for (const [name, value] of Object.entries(block)) localExpressions.set(name, value);
    }
  }
  const base = {
    cache: /* @__PURE__ */ new Map(),
    variable(name) {
      if (!defaults2.has(name)) return UNKNOWN;
      if (assigned.has(name)) return evaluate(assigned.get(name), { variable: () => UNKNOWN, local: () => UNKNOWN });
      return evaluate(defaults2.get(name), { variable: () => UNKNOWN, local: () => UNKNOWN });
    },
    local(name) {
      if (!localExpressions.has(name) || resolving.has(name)) return UNKNOWN;
      if (!locals.has(name)) {
        resolving.add(name);
        locals.set(name, evaluate(localExpressions.get(name), base));
        resolving.delete(name);
      }
      return locals.get(name);
    }
  };
  const locals = /* @__PURE__ */ new Map();
  const resolving = /* @__PURE__ */ new Set();
  return base;
}
function instances(attributes, scope) {
  if ("count" in attributes) {
    const count = evaluate(attributes.count, scope);
    if (typeof count !== "number" || !Number.isInteger(count) || count < 0) return [{ key: "[?]", scope: { ...scope, count: UNKNOWN, cache: void 0 } }];
    return Array.from({ length: count }, (_, i) => ({ key: `[${i}]`, scope: { ...scope, count: i, cache: void 0 } }));
  }
  if ("for_each" in attributes) {
    const each = evaluate(attributes.for_each, scope);
    if (Array.isArray(each) && !isUnknownDeep(each) && each.every((item) => typeof item === "string")) {
      return [...new Set(each)].sort().map((key) => ({ key: `[${JSON.stringify(key)}]`, scope: { ...scope, each: { key, value: key }, cache: void 0 } }));
    }
    if (each !== null && typeof each === "object" && !Array.isArray(each)) {
      return Object.keys(each).sort().map((key) => ({
        key: `[${JSON.stringify(key)}]`,
        scope: { ...scope, each: { key, value: each[key] }, cache: void 0 }
      }));
    }
    return [{ key: "[?]", scope: { ...scope, each: { key: UNKNOWN, value: UNKNOWN }, cache: void 0 } }];
  }
  return [{ key: "", scope }];
}
function readResource2(address, attributes, scope, file, at, positions) {
  const config = { format: "terraform", file, at, label: address, positions: {}, strings: [], suppressions: [], unresolved: [] };
  const value = (key, field2) => {
    if (!(key in attributes)) return void 0;
    config.positions[field2] = positions.get(key) ?? at;
    const resolved = evaluate(attributes[key], scope);
    if (isUnknownDeep(resolved)) {
      config.unresolved.push(key);
      return UNKNOWN;
    }
    collectStrings2(resolved, config.positions[field2], config.strings);
    return resolved;
  };
  readTokenAttributes(config, value);
  for (const [key, resolved] of Object.entries(attributes)) {
    if (key === "lifecycle" || key === "count" || key === "for_each") continue;
    if (!["name", "test_mode", "expires_at", "api_release", "whitelist_space_ids", "whitelist_ips", "services", "roles"].includes(key)) {
      collectStrings2(evaluate(resolved, scope), positions.get(key) ?? at, config.strings);
    }
  }
  return config;
}
function collectStrings2(value, at, into) {
  if (typeof value === "string") into.push({ value, at });
  else if (Array.isArray(value)) for (const item of value) collectStrings2(item, at, into);
  else if (value !== null && typeof value === "object") for (const item of Object.values(value)) collectStrings2(item, at, into);
}
function isAutoVarFile(name) {
  return /^terraform\.tfvars(\.json)?$/.test(name) || /\.auto\.tfvars(\.json)?$/.test(name);
}
function orderVarFiles(files) {
  const rank = (file) => {
    const base = path15.basename(file);
    if (base === "terraform.tfvars") return 0;
    if (base === "terraform.tfvars.json") return 1;
    return 2;
  };
  return [...files].sort((a, b) => rank(a) - rank(b) || (path15.basename(a) < path15.basename(b) ? -1 : path15.basename(a) > path15.basename(b) ? 1 : 0));
}

// src/scan/iac.ts
var WHAT_IS_CHECKED = "a token manifest (a `tokens:` list), YAML documents of `kind: MonimeAccessToken`, Terraform with `monime_access_token` resources, or a Terraform plan as JSON; and hardcoded tokens in any of those and in every `.tf` and `.tfvars` file";
var TFVARS = /\.tfvars(\.json)?$/;
var NOT_REGULAR = "not a regular file (a FIFO, socket or device), so it was not read; iac reads files and directories";
var SKIPPED = /* @__PURE__ */ new Set([".git", "node_modules", ".terraform"]);
async function scanIac(options = {}) {
  const result = await runSources(options, () => [iacSource(options)]);
  return { ...result, errors: result.warnings.filter((warning) => warning.level === "error").map((warning) => warning.message) };
}
function iacSource(options) {
  return {
    name: "token configurations",
    async read(setup, into) {
      const { root } = setup;
      let errors = 0;
      const fail3 = (where, message, code = "malformed") => {
        errors++;
        into.warnings.push({ path: where, code, message, level: "error" });
      };
      const configs = [];
      const texts = [];
      const judged = /* @__PURE__ */ new Map();
      const terraformTexts = /* @__PURE__ */ new Map();
      const countedFiles = /* @__PURE__ */ new Set();
      const rel = (file) => path16.relative(root, file).split(path16.sep).join("/") || path16.basename(file);
      let readFailure = "";
      const read = (file) => {
        try {
          return readRegularFile(file).toString("utf8");
        } catch (error) {
          const regular = !(error instanceof NotRegularFileError);
          readFailure = regular ? `cannot read (${errorReason(error)})` : NOT_REGULAR;
          into.warnings.push({ path: rel(file), code: regular ? "unreadable" : "not-regular", message: `${rel(file)}: ${readFailure}` });
          return void 0;
        }
      };
      const counted = (text2) => {
        into.filesScanned++;
        into.bytesScanned += Buffer.byteLength(text2);
      };
      const inputs = options.paths && options.paths.length > 0 ? options.paths : ["."];
      const found2 = configurationFiles(root, inputs, setup.settings.exclude);
      for (const file of found2.documents) {
        const text2 = read(file);
        if (text2 === void 0) continue;
        const explicit = found2.explicit.has(file);
        const plan = !isManifestName(path16.basename(file)) && (file.endsWith(".json") || explicit) && looksLikePlan(text2);
        const named = !plan && (isManifestName(path16.basename(file)) || explicit && /^tokens\s*:|"tokens"\s*:/m.test(text2));
        if (!named && !plan && !text2.includes("MonimeAccessToken")) {
          if (explicit) fail3(rel(file), `${rel(file)}: not a token configuration (monime-guard iac checks ${WHAT_IS_CHECKED})`, "not-configuration");
          continue;
        }
        try {
          const read2 = plan ? readPlan(text2, rel(file)) : readManifest(text2, rel(file), named);
          configs.push(...read2);
          counted(text2);
          texts.push({ file: rel(file), text: text2 });
          judged.set(rel(file), tokensIn(read2));
        } catch (error) {
          if (!(error instanceof MonimeGuardError)) throw error;
          fail3(rel(file), error.message);
          texts.push({ file: rel(file), text: text2 });
          counted(text2);
        }
      }
      const checks = [];
      const checkOptions = { config: setup.config, ...options.today ? { today: options.today } : {} };
      const varFiles = (options.varFiles ?? []).map((file) => {
        const abs = path16.resolve(root, file);
        const text2 = read(abs);
        if (text2 === void 0) throw new SourceError(`--var-file ${file}: ${readFailure}`);
        return { file: rel(abs), text: text2 };
      });
      const varFileTokens = /* @__PURE__ */ new Set();
      const plainTerraform = [];
      for (const [dir, selected] of found2.modules) {
        const module = readModule(dir, selected, read, rel);
        if (!module) {
          for (const file of selected) {
            const text2 = read(file);
            if (text2 !== void 0) plainTerraform.push({ abs: file, file: rel(file), text: text2 });
          }
          continue;
        }
        for (const file of module.files) {
          if (!file.report) continue;
          countedFiles.add(file.file);
          counted(file.text);
        }
        const terraform = await readTerraform({
          files: module.files,
          varFiles: [...module.auto, ...varFiles],
          environments: varFiles.length > 0 ? [] : module.environments
        });
        const names = [...module.files, ...module.auto, ...module.environments, ...varFiles].map((file) => file.file);
        for (const message of terraform.errors) fail3(names.find((name) => message.startsWith(`${name}:`)) ?? rel(dir), message);
        for (const variant of terraform.variants)
          for (const config of variant.configs) if (config.unresolved?.length) into.warnings.push(unresolvedWarning(config, variant.environment));
        checks.push(checkVariants(terraform.variants, checkOptions));
        const moduleTokens = tokensIn(terraform.variants.flatMap((variant) => variant.configs));
        for (const token of moduleTokens) varFileTokens.add(token);
        for (const file of [...module.files.filter((f) => f.report), ...module.auto, ...module.environments]) {
          if (terraformTexts.has(file.file)) continue;
          terraformTexts.set(file.file, file);
          judged.set(file.file, moduleTokens);
        }
      }
      for (const config of configs) if (config.unresolved?.length) into.warnings.push(unresolvedWarning(config, void 0));
      checks.push(checkConfigs(configs, checkOptions));
      for (const file of varFiles) if (!terraformTexts.has(file.file)) terraformTexts.set(file.file, file);
      for (const file of varFiles) judged.set(file.file, varFileTokens);
      for (const abs of found2.tfvars) {
        const file = rel(abs);
        if (terraformTexts.has(file)) continue;
        const text2 = read(abs);
        if (text2 !== void 0) terraformTexts.set(file, { file, text: text2 });
      }
      for (const file of plainTerraform) if (!terraformTexts.has(file.file)) terraformTexts.set(file.file, file);
      const none = /* @__PURE__ */ new Set();
      const hardcoded = checkHardcodedTokens([...texts, ...terraformTexts.values()], (file) => judged.get(file) ?? none, checkOptions);
      checks.push(hardcoded);
      for (const file of terraformTexts.values()) if (hardcoded.holding.has(file.file) && !countedFiles.has(file.file)) counted(file.text);
      for (const file of plainTerraform)
        if (!hardcoded.holding.has(file.file) && found2.explicit.has(file.abs))
          fail3(file.file, `${file.file}: declares no \`monime_access_token\` resource (monime-guard iac checks ${WHAT_IS_CHECKED})`, "not-configuration");
      for (const abs of found2.tfvars) {
        const file = rel(abs);
        if (!hardcoded.holding.has(file) && found2.explicit.has(abs) && !countedFiles.has(file))
          fail3(file, `${file}: holds no token (monime-guard iac checks ${WHAT_IS_CHECKED})`, "not-configuration");
      }
      for (const checked2 of checks) into.findings.push(...checked2.findings);
      if (into.filesScanned === 0 && errors === 0) {
        const where = inputs.join(", ");
        into.warnings.push({
          path: inputs[0],
          code: "nothing-to-check",
          message: `${where}: no token configuration found to check (monime-guard iac checks ${WHAT_IS_CHECKED})`
        });
      }
      into.suppressed = [...into.suppressed ?? [], ...checks.flatMap((checked2) => checked2.suppressedFindings)];
    }
  };
}
function readModule(dir, selected, read, rel) {
  const names = fs17.readdirSync(dir).sort();
  const texts = /* @__PURE__ */ new Map();
  for (const name of names.filter((n) => n.endsWith(".tf"))) {
    const text2 = read(path16.join(dir, name));
    if (text2 !== void 0) texts.set(name, text2);
  }
  if (![...selected].some((file) => texts.get(path16.basename(file))?.includes("monime_access_token"))) return void 0;
  const files = [...texts].map(([name, text2]) => ({ file: rel(path16.join(dir, name)), text: text2, report: selected.has(path16.join(dir, name)) }));
  const load = (name) => {
    const text2 = read(path16.join(dir, name));
    return text2 === void 0 ? [] : [{ file: rel(path16.join(dir, name)), text: text2 }];
  };
  const varNames = names.filter((n) => /\.tfvars(\.json)?$/.test(n));
  return {
    files,
    auto: orderVarFiles(varNames.filter(isAutoVarFile)).flatMap(load),
    environments: varNames.filter((n) => !isAutoVarFile(n)).flatMap(load)
  };
}
function unresolvedWarning(config, environment) {
  const attributes = config.unresolved.join(", ");
  return {
    path: config.file,
    code: "unresolved",
    message: `${config.file}:${config.at.line}: ${config.label}${environment ? ` (with ${environment})` : ""}: could not resolve ${attributes} (known only at apply, or an expression this check does not evaluate); no policy judged ${config.unresolved.length > 1 ? "them" : "it"}`
  };
}
function configurationFiles(root, inputs, exclude) {
  const namer = createNamer(root, exclude);
  const documents = [];
  const tfvars = [];
  const explicit = /* @__PURE__ */ new Set();
  const modules = /* @__PURE__ */ new Map();
  const take = (file) => {
    if (TFVARS.test(file)) tfvars.push(file);
    else if (file.endsWith(".tf")) {
      const dir = path16.dirname(file);
      if (!modules.has(dir)) modules.set(dir, /* @__PURE__ */ new Set());
      modules.get(dir).add(file);
    } else if (isManifestName(path16.basename(file)) || /\.(ya?ml|json)$/.test(file)) documents.push(file);
  };
  for (const input2 of inputs) {
    const abs = path16.resolve(root, input2);
    let stat2;
    try {
      stat2 = fs17.statSync(abs);
    } catch {
      throw new SourceError(`${input2}: no such file or directory`);
    }
    if (!stat2.isDirectory()) {
      if (!stat2.isFile()) throw new SourceError(`${input2}: ${NOT_REGULAR}`);
      explicit.add(abs);
      if (abs.endsWith(".tf") || TFVARS.test(abs)) take(abs);
      else documents.push(abs);
      continue;
    }
    for (const file of walkTree(abs, {
      namer,
      skipDirs: SKIPPED,
      accept: (name) => name.endsWith(".tf") || TFVARS.test(name) || isManifestName(name) || /\.(ya?ml|json)$/.test(name)
    }))
      take(file);
  }
  documents.sort();
  tfvars.sort();
  return { documents, tfvars, explicit, modules: new Map([...modules].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) };
}

// src/action/run.ts
init_version();

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error) => {
        return orig(error, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults2, options) {
  const result = Object.assign({}, defaults2);
  Object.keys(options).forEach((key) => {
    if (isPlainObject2(options[key])) {
      if (!(key in defaults2)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults2[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults2, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults2 || {}, options);
  if (options.url === "/graphql") {
    if (defaults2 && defaults2.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults2.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl2(template) {
  return {
    expand: expand2.bind(null, template)
  };
}
function expand2(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal2) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal2);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse2(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl2(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults2, route, options) {
  return parse2(merge(defaults2, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse: parse2
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/@octokit/request/dist-bundle/index.js
var import_content_type = __toESM(require_dist2(), 1);

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject3 = val !== null && typeof val === "object";
    const hasToJSON = isObject3 && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key, value, context);
};
var JSONParseV2 = (text2, reviver) => {
  return JSON.parse(text2, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key, value, context);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text2) => {
  return text2.replace(
    stringsOrLargeNumbers,
    (match2, digits, fractional, exponential) => {
      const isString = match2[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match2);
      if (isNoise) return match2.substring(0, match2.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match2;
      return '"' + match2 + 'n"';
    }
  );
};
var JSONParse = (text2, reviver) => {
  if (!text2) return originalParse(text2, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text2, reviver);
    const serializedData = serializeBigInts(text2);
    return originalParse(
      serializedData,
      (key, value, context) => convertMarkedBigIntsReviver(key, value, context, reviver)
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text2);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error;
  }
};

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION2 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION2} ${getUserAgent()}`
  }
};
function isPlainObject3(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch3 = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch3) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject3(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch3(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = (0, import_content_type.parse)(contentType);
  if (isJSONResponse(mimetype)) {
    let text2 = "";
    try {
      text2 = await response.text();
      return JSONParse(text2);
    } catch (err) {
      return text2;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION3} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep5 = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep5}${b64url}${sep5}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION4 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION4} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION4;
  static defaults(defaults2) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults2 === "function") {
          super(defaults2(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults2,
            options,
            options.userAgent && defaults2.userAgent ? {
              userAgent: `${options.userAgent} ${defaults2.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-request-log/dist-src/version.js
var VERSION5 = "6.0.0";

// node_modules/@octokit/plugin-request-log/dist-src/index.js
function requestLog(octokit) {
  octokit.hook.wrap("request", (request2, options) => {
    octokit.log.debug("request", options);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path19 = requestOptions.url.replace(options.baseUrl, "");
    return request2(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path19} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      return response;
    }).catch((error) => {
      const requestId = error.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path19} - ${error.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      throw error;
    });
  });
}
requestLog.VERSION = VERSION5;

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION6 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather2(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather2(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather2(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION6;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION7 = "17.0.0";

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
var endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint2] of Object.entries(endpoints)) {
    const [route, defaults2, decorations] = endpoint2;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults2
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
var handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache: cache2 }, methodName) {
    if (cache2[methodName]) {
      return cache2[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache2[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache2[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache2[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults2, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults2);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION7;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = VERSION7;

// node_modules/@octokit/rest/dist-src/version.js
var VERSION8 = "22.0.1";

// node_modules/@octokit/rest/dist-src/index.js
var Octokit2 = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION8}`
  }
);

// src/action/comment.ts
init_mask();
var STICKY_MARKER = COMMENT_MARKER;
function ownComments(comments) {
  const marked = comments.filter((comment2) => comment2.body?.startsWith(STICKY_MARKER));
  const bots = marked.filter((comment2) => comment2.user?.type === "Bot");
  return (bots.length > 0 ? bots : marked.slice(0, 1)).sort((a, b) => a.id - b.id);
}
async function upsertComment(target, report, clear) {
  const body = report === void 0 ? void 0 : redactTokens(report);
  const allClear = redactTokens(clear);
  const octokit = new Octokit2({ auth: target.token, baseUrl: target.apiUrl.replace(/\/+$/, ""), userAgent: "monime-guard-action" });
  const where = { owner: target.owner, repo: target.repo };
  try {
    const list = async () => ownComments(await octokit.paginate(octokit.rest.issues.listComments, { ...where, issue_number: target.pullRequest, per_page: 100 }));
    let [existing, ...extra] = await list();
    if (!existing) {
      if (body === void 0) return { action: "skipped", reason: "no findings, and no earlier comment to clear" };
      const created = await octokit.rest.issues.createComment({ ...where, issue_number: target.pullRequest, body });
      [existing, ...extra] = await list();
      if (!existing || existing.id === created.data.id && extra.length === 0) return { action: "created", id: created.data.id, url: created.data.html_url };
    }
    for (const duplicate of extra) await octokit.rest.issues.deleteComment({ ...where, comment_id: duplicate.id });
    const next = body ?? allClear;
    if (existing.body === next) return { action: "skipped", reason: "the comment already says this" };
    const updated = await octokit.rest.issues.updateComment({ ...where, comment_id: existing.id, body: next });
    return { action: "updated", id: updated.data.id, url: updated.data.html_url };
  } catch (error) {
    const status = error.status;
    if (status === 403 || status === 401 || status === 404) {
      return {
        action: "denied",
        reason: `the token may not comment on this pull request (HTTP ${status}${/fork|integration/i.test(String(error.message)) ? `: ${error.message}` : ""}); a pull request from a fork gets a read-only token`
      };
    }
    return { action: "failed", reason: status === void 0 ? String(error?.message ?? error) : `HTTP ${status}: ${error.message}` };
  }
}

// src/action/inputs.ts
init_errors();
import * as fs18 from "node:fs";
import * as path17 from "node:path";
function input(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function booleanInput(env, name, fallback) {
  const value = input(env, name);
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(`input ${name} must be true or false, not "${value}"`);
}
function listInput(env, name) {
  return input(env, name).split(/[\n,]/).map((entry) => entry.trim()).filter((entry) => entry !== "");
}
function oneOf(env, name, values, fallback) {
  const value = input(env, name) || fallback;
  if (!values.includes(value)) throw new InputError(`input ${name} must be one of ${values.join(", ")}, not "${value}"`);
  return value;
}
function readInputs(env) {
  const config = input(env, "config");
  const baseline = input(env, "baseline");
  const failOn = oneOf(env, "fail-on", ["live", "test", "any", "none", "active"], "any");
  const verify = booleanInput(env, "verify", false);
  if (failOn === "active" && !verify) {
    throw new InputError(
      "input fail-on active fails only on tokens verify found working, so without verify: true nothing could ever fail; set verify: true, or fail-on: live"
    );
  }
  return {
    mode: oneOf(env, "mode", ["auto", "pr", "push", "full"], "auto"),
    paths: listInput(env, "paths"),
    failOn,
    comment: booleanInput(env, "comment", true),
    annotations: booleanInput(env, "annotations", true),
    sarifFile: input(env, "sarif-file"),
    ...config ? { config } : {},
    ...baseline ? { baseline } : {},
    iac: booleanInput(env, "iac", true),
    bundle: listInput(env, "bundle"),
    verify,
    githubToken: input(env, "github-token")
  };
}
function readContext(env) {
  const need = (name) => {
    const value = env[name];
    if (!value) throw new InputError(`${name} is not set: run this as a GitHub Actions step (or set it as a runner would)`);
    return value;
  };
  const eventPath = need("GITHUB_EVENT_PATH");
  let payload;
  try {
    payload = JSON.parse(fs18.readFileSync(eventPath, "utf8"));
  } catch (error) {
    throw new InputError(`GITHUB_EVENT_PATH ${eventPath}: cannot read the event (${errorReason(error)})`);
  }
  return {
    eventName: need("GITHUB_EVENT_NAME"),
    payload,
    repository: need("GITHUB_REPOSITORY"),
    workspace: need("GITHUB_WORKSPACE"),
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
    ...env.GITHUB_OUTPUT ? { outputFile: env.GITHUB_OUTPUT } : {},
    ...env.GITHUB_STEP_SUMMARY ? { summaryFile: env.GITHUB_STEP_SUMMARY } : {},
    tempDir: env.RUNNER_TEMP || env.TMPDIR || "/tmp",
    ...env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}
  };
}
function checkInputPaths(inputs, workspace) {
  const named = [
    ["config", inputs.config],
    ["baseline", inputs.baseline],
    ...inputs.paths.map((entry) => ["paths", entry]),
    ...inputs.bundle.filter((entry) => !isUrl(entry)).map((entry) => ["bundle", entry])
  ];
  for (const [name, entry] of named) {
    if (entry !== void 0 && !fs18.existsSync(path17.resolve(workspace, entry))) throw new InputError(`input ${name}: ${entry} does not exist in the workspace`);
  }
}

// src/action/relocate.ts
function relocateToHead(findings, cwd, head) {
  const byPath = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (finding.git?.source !== "blob") continue;
    byPath.set(finding.path, [...byPath.get(finding.path) ?? [], finding]);
  }
  for (const [file, found2] of byPath) {
    const blob = git(["cat-file", "blob", `${head}:${file}`], { cwd, okCodes: [128] });
    if (blob.status !== 0) continue;
    const atHead = emptyBatch();
    scanBytes(blob.stdout, file, contentSettings(cwd, rulesOf(found2)), atHead);
    for (const finding of found2) {
      const there = atHead.findings.find((candidate) => candidate.fingerprint === finding.fingerprint);
      if (there) finding.span = there.span;
    }
  }
}
function rulesOf(findings) {
  const rules2 = {};
  for (const finding of findings) {
    const rule = { ruleId: finding.ruleId, severity: finding.severity };
    if (finding.exposure) rules2.exposure = rule;
    else if (finding.tokenKind) rules2[finding.tokenKind] = rule;
  }
  return rules2;
}

// src/action/range.ts
init_errors();
var NULL_SHA = /^0+$/;
var field = (value, ...keys) => keys.reduce((v, k) => v && typeof v === "object" ? v[k] : void 0, value);
var text = (value) => typeof value === "string" && value !== "" ? value : void 0;
function planScan(mode, context) {
  const effective = mode !== "auto" ? mode : /^pull_request/.test(context.eventName) ? "pr" : context.eventName === "push" ? "push" : "full";
  const payload = context.payload;
  if (effective === "pr") {
    const base = text(field(payload, "pull_request", "base", "sha"));
    const head = text(field(payload, "pull_request", "head", "sha"));
    const number = field(payload, "pull_request", "number");
    if (!base || !head)
      throw new InputError(`input mode: pr needs a pull_request event, and this is a ${context.eventName} event without pull_request.base.sha and head.sha`);
    const pullRequest = typeof number === "number" ? number : void 0;
    if (base === head)
      return {
        kind: "none",
        reason: `the pull request's base and head are the same commit (${base.slice(0, 12)}): nothing to scan`,
        ...pullRequest ? { pullRequest } : {}
      };
    return {
      kind: "range",
      base,
      head,
      dots: "...",
      description: `pull request #${number ?? "?"}: what ${head.slice(0, 12)} adds to ${base.slice(0, 12)}`,
      ...pullRequest ? { pullRequest } : {}
    };
  }
  if (effective === "push") {
    const before = text(field(payload, "before"));
    const after = text(field(payload, "after")) ?? context.sha;
    if (!after) throw new InputError(`input mode: push needs a push event, and this ${context.eventName} event has no after commit`);
    if (NULL_SHA.test(after)) return { kind: "none", reason: "the push deleted a branch: nothing to scan" };
    if (before === after) return { kind: "none", reason: "the push did not move the branch: nothing to scan" };
    if (!before || NULL_SHA.test(before)) {
      const defaultBranch2 = text(field(payload, "repository", "default_branch")) ?? "main";
      const whole = { kind: "full", head: after, description: `the whole history of ${after.slice(0, 12)}` };
      if (text(field(payload, "ref")) === `refs/heads/${defaultBranch2}`)
        return { ...whole, description: `the first push of ${defaultBranch2}: the whole history of ${after.slice(0, 12)}` };
      return {
        kind: "range",
        base: `refs/remotes/origin/${defaultBranch2}`,
        head: after,
        dots: "...",
        description: `new branch: what ${after.slice(0, 12)} adds to ${defaultBranch2}`,
        // A remote without its default branch has nothing to compare with.
        fallback: whole
      };
    }
    const defaultBranch = text(field(payload, "repository", "default_branch")) ?? "main";
    const fallback = text(field(payload, "ref")) === `refs/heads/${defaultBranch}` ? { kind: "full", description: "the full history" } : {
      kind: "range",
      base: `refs/remotes/origin/${defaultBranch}`,
      head: after,
      dots: "...",
      description: `what ${after.slice(0, 12)} adds to ${defaultBranch}`
    };
    return { kind: "range", base: before, head: after, dots: "..", description: `push: ${before.slice(0, 12)}..${after.slice(0, 12)}`, fallback };
  }
  return { kind: "full", description: "the full history" };
}
function pushBroughtCommits(context) {
  if (context.eventName !== "push") return false;
  const commits = field(context.payload, "commits");
  return Array.isArray(commits) && commits.length > 0 || Boolean(text(field(context.payload, "head_commit", "id")));
}
var mergeBase = (cwd, a, b) => mergeBases(cwd, a, b).length > 0;
function prepareHistory(plan, cwd, log, warn) {
  if (git(["rev-parse", "--git-dir"], { cwd, okCodes: [128] }).status !== 0) {
    throw new InputError(`GITHUB_WORKSPACE ${cwd} is not a git repository: run actions/checkout before this step`);
  }
  if (plan.kind === "full") {
    if (plan.head && !hasCommit(cwd, plan.head)) {
      log(`fetching ${plan.head.slice(0, 12)}, which the checkout does not have`);
      fetch2(cwd, ["origin", plan.head]);
    }
    if (isShallow(cwd)) {
      log("shallow checkout: fetching the full history (git fetch --unshallow)");
      fetch2(cwd, ["--unshallow", "origin"]);
    }
    return plan;
  }
  const shallow = isShallow(cwd);
  for (const rev of [plan.base, plan.head]) {
    if (hasCommit(cwd, rev)) continue;
    const branch = /^refs\/remotes\/origin\/(.+)$/.exec(rev)?.[1];
    log(`fetching ${branch ? `the ${branch} branch` : rev.slice(0, 12)}, which the checkout does not have`);
    let failure2 = "";
    try {
      fetch2(cwd, [...shallow ? ["--depth=1"] : [], "origin", branch ? `+refs/heads/${branch}:${rev}` : rev]);
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      failure2 = `: ${error.message}`;
    }
    if (hasCommit(cwd, rev)) continue;
    if (rev === plan.base && plan.fallback) {
      const why = branch ? `the remote has no ${branch} branch` : "a force push may have removed it";
      warn(`cannot fetch ${branch ? `the ${branch} branch` : rev.slice(0, 12)} from origin (${why}); scanning ${plan.fallback.description} instead`);
      return prepareHistory(plan.fallback, cwd, log, warn);
    }
    throw new SourceError(`cannot fetch ${rev} from origin${failure2}: the ${plan.description} cannot be scanned`);
  }
  let depth = 50;
  while (!mergeBase(cwd, plan.base, plan.head) && isShallow(cwd)) {
    if (depth > 6400) {
      log("shallow checkout: the merge base is deeper still; fetching the full history (git fetch --unshallow)");
      fetch2(cwd, ["--unshallow", "origin"]);
      break;
    }
    log(`shallow checkout: deepening by ${depth} commits to reach the merge base of ${plan.base.slice(0, 12)} and ${plan.head.slice(0, 12)}`);
    fetch2(cwd, [`--deepen=${depth}`, "origin", plan.head, ...plan.base.startsWith("refs/") ? [] : [plan.base]]);
    depth *= 2;
  }
  if (plan.dots === "..." && !mergeBase(cwd, plan.base, plan.head)) {
    throw new SourceError(`${plan.base.slice(0, 12)} and ${plan.head.slice(0, 12)} share no history: the ${plan.description} cannot be scanned`);
  }
  return plan;
}
var fetch2 = fetchHistory;

// src/action/run.ts
async function runAction(env, write) {
  const log = (line) => write(`${line}
`);
  const command2 = (kind, message) => log(`::${kind}::${escapeGithubData(message)}`);
  try {
    const inputs = readInputs(env);
    const context = readContext(env);
    checkInputPaths(inputs, context.workspace);
    const planned = planScan(inputs.mode, context);
    if (planned.kind === "none") {
      log(`monime-guard: ${planned.reason}`);
      writeOutputs(context, { findings: 0, "new-findings": 0, "sarif-file": "" });
      appendSummary(context, `## monime-guard

${planned.reason}.
`);
      return EXIT_CLEAN;
    }
    log(`monime-guard: scanning ${planned.description}`);
    const plan = prepareHistory(
      planned,
      context.workspace,
      (line) => log(`monime-guard: ${line}`),
      (line) => command2("warning", `monime-guard: ${line}`)
    );
    const { result, errors } = await scanEverything(inputs, context, plan);
    if (pushBroughtCommits(context) && result.stats.filesScanned + result.stats.binarySkipped === 0) {
      result.warnings.push({
        path: ".",
        code: "empty-push",
        message: `the push brought commits, yet no file of them was scanned (${plan.description}): they add no file, or the checkout lacks them`
      });
      result.stats.warnings++;
    }
    relocateToHead(result.findings, context.workspace, plan.head ?? "HEAD");
    const ctx = {
      toolVersion: packageVersion(),
      color: false,
      rootUri: `${pathToFileURL(context.workspace).href.replace(/\/?$/, "/")}`,
      failOn: inputs.failOn,
      now: (/* @__PURE__ */ new Date()).toISOString()
    };
    if (inputs.annotations) {
      const shown = annotatable(result.findings);
      write(toGithub({ ...result, findings: shown }, ctx));
      const hidden = result.findings.length - shown.length;
      if (hidden > 0)
        command2(
          "notice",
          `monime-guard: ${hidden} more finding${hidden === 1 ? " is" : "s are"} not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations of each level per step); the job summary and the SARIF file list them all`
        );
    }
    for (const error of errors) command2("error", `monime-guard: ${error}`);
    appendSummary(context, toMarkdown(result, ctx, { maxBytes: MARKDOWN_MAX_BYTES - 4096 }));
    const sarifFile = path18.resolve(context.workspace, inputs.sarifFile || path18.join(context.tempDir, "monime-guard.sarif"));
    fs19.mkdirSync(path18.dirname(sarifFile), { recursive: true });
    writeFileWhole(sarifFile, toSarif(result, ctx), { name: `sarif-file ${sarifFile}` });
    log(`monime-guard: SARIF written to ${sarifFile}`);
    if (plan.kind === "range" && plan.pullRequest !== void 0 && inputs.comment)
      await comment(inputs, context, plan.pullRequest, result, ctx, plan, log, command2);
    writeOutputs(context, { findings: result.findings.length + result.stats.baselined, "new-findings": result.findings.length, "sarif-file": sarifFile });
    const blocking = result.findings.filter((finding) => exceedsThreshold(finding, inputs.failOn)).length;
    if (blocking > 0) {
      command2("error", `monime-guard: ${blocking} finding${blocking === 1 ? "" : "s"} at or above fail-on ${inputs.failOn}`);
      return errors.length > 0 ? EXIT_ERROR : EXIT_FINDINGS;
    }
    if (errors.length > 0) return EXIT_ERROR;
    log(
      `monime-guard: ${result.findings.length === 0 ? "no findings" : `${result.findings.length} finding${result.findings.length === 1 ? "" : "s"}, none at or above fail-on ${inputs.failOn}`}`
    );
    return EXIT_CLEAN;
  } catch (error) {
    if (error instanceof MonimeGuardError) {
      command2("error", `monime-guard: ${error.message}`);
      return EXIT_ERROR;
    }
    command2("error", `monime-guard: internal error: ${error?.message ?? String(error)}`);
    if (env.MONIME_GUARD_DEBUG) log(String(error?.stack ?? error));
    return EXIT_ERROR;
  }
}
var ANNOTATIONS_PER_LEVEL = 10;
function annotatable(findings) {
  const taken = /* @__PURE__ */ new Map();
  return findings.filter((finding) => {
    const count = taken.get(finding.severity) ?? 0;
    taken.set(finding.severity, count + 1);
    return count < ANNOTATIONS_PER_LEVEL;
  });
}
async function scanEverything(inputs, context, plan) {
  const base = {
    root: context.workspace,
    ...inputs.config ? { configPath: path18.resolve(context.workspace, inputs.config) } : {},
    ...inputs.baseline ? { baseline: inputs.baseline } : {},
    ...inputs.verify ? { verify: true } : {}
  };
  const results = [];
  const errors = [];
  const scope = plan.kind === "range" ? { range: `${plan.base}${plan.dots}${plan.head}` } : plan.head ? { refs: [plan.head] } : {};
  results.push(await scanHistory({ ...base, ...scope }));
  if (inputs.iac) {
    const paths = plan.kind === "range" ? configurationsTouched(context.workspace, plan) : inputs.paths;
    if (paths.length > 0 || plan.kind === "full") {
      const iac = await scanIac({ ...base, paths });
      results.push(iac);
      errors.push(...iac.errors);
    }
  }
  if (inputs.bundle.length > 0) results.push(await scanBundle({ ...base, paths: inputs.bundle }));
  return { result: mergeResults(results), errors };
}
function configurationsTouched(cwd, plan) {
  const changed = git(["diff", "--name-only", "--no-renames", "--diff-filter=d", "-z", `${plan.base}${plan.dots}${plan.head}`], { cwd }).stdout.toString("utf8").split("\0").filter((file) => file !== "");
  const picked = /* @__PURE__ */ new Set();
  for (const file of changed) {
    if (/(^|\/)monime-tokens\.(ya?ml|json)$|\.(ya?ml|json|tf)$/.test(file) && fs19.existsSync(path18.join(cwd, file))) picked.add(file);
    if (/\.tfvars(\.json)?$/.test(file)) {
      const dir = path18.dirname(file);
      for (const sibling of safeList(path18.join(cwd, dir))) if (sibling.endsWith(".tf")) picked.add(dir === "." ? sibling : `${dir}/${sibling}`);
    }
  }
  return [...picked].sort();
}
function safeList(dir) {
  try {
    return fs19.readdirSync(dir);
  } catch {
    return [];
  }
}
function mergeResults(results) {
  const merged = {
    findings: [],
    suppressed: [],
    placeholders: [],
    warnings: [],
    stats: { filesScanned: 0, bytesScanned: 0, binarySkipped: 0, allowed: 0, ignoredInline: 0, baselined: 0, warnings: 0, durationMs: 0 }
  };
  for (const result of results) {
    merged.findings.push(...result.findings);
    merged.suppressed.push(...result.suppressed ?? []);
    merged.placeholders.push(...result.placeholders);
    merged.warnings.push(...result.warnings);
    for (const key of Object.keys(merged.stats))
      merged.stats[key] += result.stats[key];
    if (result.stats.ignoredEnvFiles) merged.stats.ignoredEnvFiles = (merged.stats.ignoredEnvFiles ?? 0) + result.stats.ignoredEnvFiles;
  }
  return merged;
}
async function comment(inputs, context, pullRequest, result, ctx, plan, log, command2) {
  if (!inputs.githubToken) {
    command2("notice", "monime-guard: no github-token, so no pull request comment; the annotations and the job summary hold the report");
    return;
  }
  const [owner = "", repo = ""] = context.repository.split("/");
  const body = result.findings.length > 0 ? toMarkdown(result, ctx, { maxBytes: 6e4 }) : void 0;
  const allClear = `${STICKY_MARKER}
## monime-guard report

**All clear**: the findings reported earlier on this pull request are gone (scanned ${plan.description}).
`;
  const outcome = await upsertComment({ apiUrl: context.apiUrl, token: inputs.githubToken, owner, repo, pullRequest }, body, allClear);
  if (outcome.action === "denied")
    command2("notice", `monime-guard: no pull request comment: ${outcome.reason}. The annotations and the job summary hold the report.`);
  else if (outcome.action === "failed")
    command2("warning", `monime-guard: could not update the pull request comment: ${outcome.reason}. The annotations and the job summary hold the report.`);
  else if (outcome.action === "skipped") log(`monime-guard: pull request comment unchanged (${outcome.reason})`);
  else log(`monime-guard: pull request comment ${outcome.action}: ${outcome.url}`);
}
function writeOutputs(context, outputs) {
  if (!context.outputFile) return;
  appendFileWhole(
    context.outputFile,
    Object.entries(outputs).map(([name, value]) => `${name}=${value}
`).join(""),
    { name: `GITHUB_OUTPUT ${context.outputFile}` }
  );
}
function appendSummary(context, markdown) {
  if (!context.summaryFile) return;
  appendFileWhole(context.summaryFile, markdown.endsWith("\n") ? markdown : `${markdown}
`, { name: `GITHUB_STEP_SUMMARY ${context.summaryFile}` });
}

// src/action/main.ts
installOutputGate();
process.exitCode = await runAction(process.env, (text2) => process.stdout.write(text2));
/*! Bundled license information:

content-type/dist/index.js:
  (*!
   * content-type
   * Copyright(c) 2015 Douglas Christopher Wilson
   * MIT Licensed
   *)

@octokit/request-error/dist-src/index.js:
  (* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist *)

@octokit/request/dist-bundle/index.js:
  (* v8 ignore next -- @preserve *)
  (* v8 ignore else -- @preserve *)

@octokit/graphql/dist-bundle/index.js:
  (* v8 ignore if -- @preserve *)
*/
