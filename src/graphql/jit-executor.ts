import {
  execute,
  getOperationAST,
  GraphQLError,
  GraphQLScalarType,
  GraphQLSchema,
  getNamedType,
  isSpecifiedScalarType,
  Kind,
  typeFromAST,
  type DocumentNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { ApolloServerOptionsWithGateway } from '@apollo/server';

type Gateway = NonNullable<ApolloServerOptionsWithGateway<Record<string, unknown>>['gateway']>;
type Executor = ((request: { document: DocumentNode; operationName?: string | null; variables?: Record<string, unknown>; context: unknown; queryHash: string }) => Promise<ExecutionResult>) & {
  /** Operations held compiled now. */
  compiledOperations(): number;
};

export interface JitOptions {
  /** Documents kept compiled (least recently used dropped first). */
  cacheSize: number;
  /** Executions of a document with graphql-js before it is compiled (a one-off document is never compiled). */
  compileAfter: number;
}

export const DEFAULT_JIT_OPTIONS: JitOptions = { cacheSize: 200, compileAfter: 1 };

/**
 * Larger operations (fragments spread out) and introspection stay on graphql-js: compiling
 * costs about 0.1 ms per field (the introspection query, 220 fields: ~25 ms), so a client
 * sending new large documents cannot make the server compile much more than it validates.
 */
export const MAX_COMPILED_FIELDS = 120;

interface Entry {
  uses: number;
  /** The compiled operation; null while it runs on graphql-js (and for good if it cannot be compiled or is a subscription). */
  compiled: CompiledQuery | null;
  interpreted: boolean;
}

/**
 * The type variables of a compiled operation are declared with (but built-in scalars):
 * graphql-js has already coerced the values (its errors, its defaults), and graphql-jit's
 * own coercion, which skips the defaults of non-null variables and input fields and would
 * coerce enums and custom scalars a second time, must pass them through.
 */
const COERCED = new GraphQLScalarType({ name: 'JitCoercedVariable', parseValue: (v) => v, serialize: (v) => v });

/**
 * Runs validated operations with graphql-jit: a document used again is compiled into a
 * function that resolves its fields without graphql-js's per-field bookkeeping, and whose
 * result objects are plain objects (graphql-js builds null-prototype ones, which V8 keeps
 * in dictionary mode and JSON.stringify walks slowly). Same resolvers, same permission
 * middleware, same errors:
 * - variables are coerced by graphql-js (`getVariableValues`, as `execute` does): its
 *   errors refuse the request, its values (defaults applied) reach the compiled function;
 * - errors come back as graphql-js GraphQLErrors (graphql-jit's own have a read-only
 *   message, which the error plugins rewrite);
 * - subscriptions, introspection, operations over MAX_COMPILED_FIELDS and documents
 *   graphql-jit cannot compile stay on graphql-js.
 */
export function createJitExecutor(schema: GraphQLSchema, options: JitOptions = DEFAULT_JIT_OPTIONS): Executor {
  // The same types and resolvers, plus the pass-through variable type (never published).
  const config = schema.toConfig();
  const jitSchema = new GraphQLSchema({ ...config, types: [...config.types, COERCED] });
  // A Map iterates in insertion order: re-inserting on use makes its first key the least
  // recently used one (ten lines of LRU instead of a dependency).
  const entries = new Map<string, Entry>();

  function entryFor(key: string, document: DocumentNode, operation: OperationDefinitionNode, operationName: string | undefined): Entry {
    let entry = entries.get(key);
    if (entry) {
      entries.delete(key);
    } else {
      const weight = compileWeight(document, operation, MAX_COMPILED_FIELDS);
      entry = { uses: 0, compiled: null, interpreted: operation.operation === 'subscription' || weight.introspection || weight.fields > MAX_COMPILED_FIELDS };
      if (entries.size >= options.cacheSize) entries.delete(entries.keys().next().value!);
    }
    entries.set(key, entry);
    entry.uses += 1;
    if (!entry.interpreted && entry.compiled === null && entry.uses > options.compileAfter) {
      const compiled = compileQuery(jitSchema, withCoercedVariables(schema, document, operation), operationName, { disablingCapturingStackErrors: true });
      if (isCompiledQuery(compiled)) entry.compiled = compiled;
      else entry.interpreted = true;
    }
    return entry;
  }

  const run = async ({ document, operationName, variables, context, queryHash }: Parameters<Executor>[0]): Promise<ExecutionResult> => {
    const operation = getOperationAST(document, operationName);
    const interpret = () => execute({ schema, document, operationName, contextValue: context, variableValues: variables });
    if (!operation) return interpret();
    const entry = entryFor(`${queryHash}\u0000${operationName ?? ''}`, document, operation, operationName ?? undefined);
    if (!entry.compiled) return interpret();
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    const result = await entry.compiled.query(undefined, context, coerced.coerced);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  };
  return Object.assign(run, { compiledOperations: () => [...entries.values()].filter((e) => e.compiled !== null).length });
}

/**
 * The document as graphql-jit compiles it: variables without default values (graphql-js's
 * coerced values hold them), and declared COERCED unless their type is a built-in scalar or
 * a list of them (coercing those again changes nothing, and @skip/@include need Boolean).
 */
function withCoercedVariables(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): DocumentNode {
  const rewritten: OperationDefinitionNode = {
    ...operation,
    variableDefinitions: (operation.variableDefinitions ?? []).map((v) => {
      const type = typeFromAST(schema, v.type);
      const builtIn = type !== undefined && isSpecifiedScalarType(getNamedType(type));
      return {
        ...v,
        type: builtIn ? v.type : { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: COERCED.name } },
        defaultValue: undefined,
      };
    }),
  };
  return { ...document, definitions: document.definitions.map((d) => (d === operation ? rewritten : d)) };
}

/** Apollo runs its whole pipeline (parse, validation rules, plugins, errors, HTTP) around a gateway's executor: the one way to give it another executor. */
export function jitGateway(schema: GraphQLSchema, options: JitOptions = DEFAULT_JIT_OPTIONS): Gateway {
  const executor = createJitExecutor(schema, options);
  return {
    async load() {
      return {
        schema,
        executor: ({ document, operationName, request, context, queryHash }) =>
          executor({ document, operationName, variables: request.variables, context, queryHash }),
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}

/** Fields the operation selects with its fragments spread out (counting stops past `max`), and whether it asks for introspection. */
export function compileWeight(document: DocumentNode, operation: OperationDefinitionNode, max: number): { fields: number; introspection: boolean } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  let fields = 0;
  let introspection = false;
  const walk = (set: SelectionSetNode | undefined, depth: number): void => {
    if (!set || fields > max || depth > 64) return;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        fields += 1;
        if (depth === 0 && (s.name.value === '__schema' || s.name.value === '__type')) introspection = true;
        walk(s.selectionSet, depth + 1);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        walk(s.selectionSet, depth);
      } else {
        walk(fragments.get(s.name.value)?.selectionSet, depth);
      }
      if (fields > max) return;
    }
  };
  walk(operation.selectionSet, 0);
  return { fields, introspection };
}

function asGraphQLJsError(e: GraphQLError): GraphQLError {
  const copy = new GraphQLError(e.message, { path: e.path, originalError: e.originalError, extensions: e.extensions });
  if (e.locations) (copy as { locations?: GraphQLError['locations'] }).locations = e.locations;
  return copy;
}
