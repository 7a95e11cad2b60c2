import { type ASTNode, type DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from './errors.js';

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

/** The dotted argument path (`input.permissions`) that holds the value node at `start`. */
function argumentPath(document: DocumentNode, start: number): string | null {
  let path: string | null = null;
  visit(document, {
    enter(node, _key, parent, _path, ancestors) {
      if (path !== null || node.loc?.start !== start || !VALUE_KINDS.has(node.kind)) return;
      path = [...ancestors, parent]
        .filter((n): n is ASTNode => n !== undefined && !Array.isArray(n))
        .flatMap((n) => (n.kind === Kind.ARGUMENT || n.kind === Kind.OBJECT_FIELD ? [n.name.value] : []))
        .join('.');
    },
  });
  return path || null;
}

const badInput = (error: GraphQLError, field: string) =>
  new GraphQLError(error.message, {
    nodes: error.nodes,
    extensions: { ...error.extensions, code: ErrorCode.BAD_USER_INPUT, field },
  });

/** `Variable "$input" got invalid value 5 at "input.email"; …` names the field in its message. */
const VARIABLE_ERROR = /^Variable "\$([^"]+)" (?:got invalid value .*? at "([^"]+)"|got invalid value|of required type)/;

/**
 * Input that does not fit the schema (an unknown permission key, a number for a string, a missing
 * required field) answers BAD_USER_INPUT with `extensions.field`, like the services' own checks,
 * whether the value came as a literal or in variables.
 */
export function useInputErrorCodes(): Plugin {
  return {
    onValidate({ params }) {
      return ({ result, setResult }) => {
        if (result.length === 0) return;
        setResult(
          result.map((error) => {
            const node = error.nodes?.[0];
            if (!node || !VALUE_KINDS.has(node.kind) || node.loc === undefined) return error;
            const field = argumentPath(params.documentAST, node.loc.start);
            return field ? badInput(error, field) : error;
          }),
        );
      };
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors || result.data !== undefined) return;
          setResult({
            ...result,
            errors: result.errors.map((error) => {
              const match = VARIABLE_ERROR.exec(error.message);
              return match ? badInput(error, match[2] ?? match[1]!) : error;
            }),
          });
        },
      };
    },
  };
}
