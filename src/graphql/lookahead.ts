import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/** The fields a selection set holds, fragments (inline or named) opened; `@skip`/`@include` ignored (at worst, a load ahead too many). */
function fieldsOf(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  return (selectionSet?.selections ?? []).flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, info);
    return fieldsOf(info.fragments[selection.name.value]?.selectionSet, info);
  });
}

/**
 * Whether the document asks, below the field being resolved and along `path` (e.g. `['nodes']`),
 * for any of `names`: a list resolver loads ahead what its rows' fields will read, only when they
 * will read it.
 */
export function asksFor(info: GraphQLResolveInfo, path: readonly string[], names: readonly string[]): boolean {
  let fields = info.fieldNodes;
  for (const step of path) {
    fields = fields.flatMap((field) => fieldsOf(field.selectionSet, info)).filter((field) => field.name.value === step);
  }
  return fields.flatMap((field) => fieldsOf(field.selectionSet, info)).some((field) => names.includes(field.name.value));
}
