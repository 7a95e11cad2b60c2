import { type ASTNode, type DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const VALUE_KINDS = new Set<string>([
  Kind.VARIABLE,
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
]);

/** The dotted argument path (`input.permissions`) of the first value node that `matches`. */
function argumentPath(document: DocumentNode, matches: (node: ASTNode) => boolean): string | null {
  let path: string | null = null;
  visit(document, {
    enter(node, _key, parent, _path, ancestors) {
      if (path !== null || !VALUE_KINDS.has(node.kind) || !matches(node)) return;
      const names = [...ancestors, parent]
        .filter((n): n is ASTNode => n !== undefined && !Array.isArray(n))
        .flatMap((n) => (n.kind === Kind.ARGUMENT || n.kind === Kind.OBJECT_FIELD ? [n.name.value] : []));
      // A variable also appears in its own definition, outside any argument: not a use.
      if (names.length > 0) path = names.join('.');
    },
  });
  return path;
}

/** `Field "SignUpInput.password" of required type …` or `Field "password" of required type …`. */
const missingField = (message: string) => /Field "(?:\w+\.)?(\w+)" of required type/.exec(message)?.[1];

const join = (...parts: Array<string | undefined | null>) => parts.filter(Boolean).join('.');

/** Input fields whose values never appear in an answer or a log: passwords, tokens, secrets. */
const SECRET = /password|token|secret/i;
const SECRET_VALUE = /(\b\w*(?:password|token|secret)\w*"?\s*:\s*)"(?:[^"\\]|\\.)*"/gi;

/**
 * graphql-js quotes the offending input in its messages (`got invalid value { email: …, password:
 * "…" }`): the values of secret fields are masked, and a message about a secret field itself says
 * nothing of its value.
 */
function withoutSecrets(message: string, field: string | null): string {
  const masked = message.replace(SECRET_VALUE, '$1"[hidden]"');
  if (!field || !SECRET.test(field.split('.').at(-1)!)) return masked;
  return masked.replace(/got invalid value .*? at "/s, 'got invalid value [hidden] at "').replace(/: [^:"]*$/s, ': [hidden]');
}

const badInput = (error: GraphQLError, field: string) =>
  new GraphQLError(withoutSecrets(error.message, field), {
    nodes: error.nodes,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT', field },
  });

/** An error left as graphql-js made it, with secret values masked all the same. */
function masked(error: GraphQLError) {
  const message = withoutSecrets(error.message, null);
  return message === error.message ? error : new GraphQLError(message, { nodes: error.nodes, extensions: error.extensions });
}

/** `Variable "$i" got invalid value 5 at "i.email"; …` or `Variable "$i" of required type … was not provided.` */
const VARIABLE_ERROR =
  /^Variable "\$(\w+)" (?:got invalid value .*? at "\w+((?:\.\w+|\[\d+\])*)"|got invalid value|of required type|of non-null type)/;

/**
 * Input that does not fit the schema (an unknown permission key, a number for a string, a missing
 * required field) answers BAD_USER_INPUT with `extensions.field` naming the argument path, such as
 * `input.email`, like the services' own checks, whether the value came as a literal or in variables
 * (whatever the client named its variables).
 */
export function useInputErrorCodes(): Plugin {
  return {
    onValidate({ params }) {
      return ({ result, setResult }) => {
        if (result.length === 0) return;
        setResult(
          result.map((error) => {
            const node = error.nodes?.[0];
            const start = node?.loc?.start;
            if (!node || !VALUE_KINDS.has(node.kind) || start === undefined) return masked(error);
            const path = argumentPath(params.documentAST, (n) => n.loc?.start === start);
            return path ? badInput(error, join(path, missingField(error.message))) : masked(error);
          }),
        );
      };
    },
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors || result.data !== undefined) return;
          setResult({
            ...result,
            errors: result.errors.map((error) => {
              const match = VARIABLE_ERROR.exec(error.message);
              if (!match) return masked(error);
              const [, variable, inner] = match;
              const usage = argumentPath(args.document, (n) => n.kind === Kind.VARIABLE && n.name.value === variable);
              const field = join(`${usage ?? variable}${inner ?? ''}`, missingField(error.message));
              return badInput(error, field);
            }),
          });
        },
      };
    },
  };
}

/** The path (`name`, `lines[2].sku`) of the first string holding U+0000 in a variable's value, or null. */
function nulPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = nulPath(inner, Array.isArray(value) ? `${path}[${key}]` : join(path, key));
    if (found !== null) return found;
  }
  return null;
}

/**
 * No text holds U+0000: PostgreSQL cannot store it (SQLite can), so it is refused up front as
 * BAD_USER_INPUT naming the argument, the same on both databases, instead of failing in a query.
 */
export function useNoNulCharacters(): Plugin {
  // Literals are read once per document (yoga caches parsed documents); variables on every request.
  const inLiterals = new WeakMap<DocumentNode, string | null>();
  const literalPath = (document: DocumentNode) => {
    if (!inLiterals.has(document)) {
      inLiterals.set(
        document,
        argumentPath(document, (node) => node.kind === Kind.STRING && node.value.includes('\u0000')),
      );
    }
    return inLiterals.get(document)!;
  };
  const check = ({
    args,
    setResultAndStopExecution,
  }: {
    args: { document: DocumentNode; variableValues?: Record<string, unknown> | null };
    setResultAndStopExecution: (result: { errors: GraphQLError[] }) => void;
  }) => {
    let field = literalPath(args.document);
    for (const [variable, value] of Object.entries(args.variableValues ?? {})) {
      const inner = field === null ? nulPath(value) : null;
      if (inner === null) continue;
      const usage = argumentPath(args.document, (node) => node.kind === Kind.VARIABLE && node.name.value === variable);
      field = join(`${usage ?? variable}`, inner);
    }
    if (field !== null) {
      setResultAndStopExecution({
        errors: [new GraphQLError(`${field} must not contain NUL (U+0000) characters`, { extensions: { code: 'BAD_USER_INPUT', field } })],
      });
    }
  };
  return { onExecute: check, onSubscribe: check };
}
