import { builder } from './builder.js';
import { constantCase } from '../lib/names.js';

/** A GraphQL enum whose values are the keys of `values`, each described by its text. */
export function describedEnum<const K extends string>(name: string, description: string, values: Record<K, string>) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(Object.entries<string>(values).map(([key, text]) => [key, { value: key, description: text }])) as Record<
      K,
      { value: K; description: string }
    >,
  });
}

/** Like describedEnum, for camelCase internal values: the GraphQL names are CONSTANT_CASE. */
export function constantCaseEnum<const K extends string>(name: string, description: string, values: Record<K, string>) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(
      Object.entries<string>(values).map(([key, text]) => [constantCase(key), { value: key, description: text }]),
    ) as Record<string, { value: K; description: string }>,
  });
}
