// TypeDoc plugin: shows the resolved type of aliases that wrap a zod-inferred type, e.g.
// `z.output<typeof schema> & { type: 'individual' }` or `Omit<z.input<typeof schema>, 'id'>`, instead of a
// reference to a schema constant that is not exported (which readers cannot follow and TypeDoc warns
// about). Aliases that ARE a bare `z.output<typeof schema>` are left to typedoc-plugin-zod, which also
// links the schema constant to them.
import { Converter, makeRecursiveVisitor, ReflectionKind, TypeScript as ts } from 'typedoc';

const ZOD_INFERENCE = new Set(['TypeOf', 'input', 'output', 'infer']);

/** True for a reference to zod's `input`/`output`/`infer` helpers. */
function isZodInference(type) {
  return type?.type === 'reference' && type.package === 'zod' && ZOD_INFERENCE.has(type.qualifiedName);
}

/** True when `type` contains a zod inference somewhere below its top level. */
function wrapsZodInference(type) {
  if (!type || isZodInference(type)) return false;
  let found = false;
  type.visit(
    makeRecursiveVisitor({
      reference: (reference) => {
        if (isZodInference(reference)) found = true;
      },
    }),
  );
  return found;
}

/** Registers the plugin with TypeDoc. */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.TypeAlias)) return;
    // In TypeDoc 0.28 an alias's type is set after this event; deferred steps run once it is.
    context.converter.deferConversion(() => {
      if (!wrapsZodInference(reflection.type)) return;
      const declaration = context.getSymbolFromReflection(reflection)?.getDeclarations()?.find(ts.isTypeAliasDeclaration);
      if (!declaration) return;
      reflection.type.visit(makeRecursiveVisitor({ reflection: (type) => context.project.removeReflection(type.declaration) }));
      reflection.type = context.converter.convertType(context.withScope(reflection), context.getTypeAtLocation(declaration));
    });
  });
}
