// A renderer feature is used through its index.ts: other features and the app shell import what it exports there,
// never its insides, so a feature can be rearranged without breaking its neighbours (docs/architecture.md, section 2, renderer structure).
import path from 'node:path';

const FEATURES_DIR = path.join('renderer', 'src', 'features');

/** 'notes' and 'editor/NoteEditor' for .../renderer/src/features/notes/editor/NoteEditor.tsx; null outside the features. */
function featurePathOf(absolutePath) {
  const marker = `${path.sep}${FEATURES_DIR}${path.sep}`;
  const at = absolutePath.lastIndexOf(marker);
  if (at === -1) return null;
  const [feature, ...inside] = absolutePath.slice(at + marker.length).split(path.sep);
  return { feature, inside: inside.join('/') };
}

const isFeatureEntry = (inside) => inside === '' || inside === 'index' || /^index\.tsx?$/.test(inside);

export const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: "Refuse imports of another renderer feature's insides; import its index.ts." },
    schema: [],
    messages: {
      inside:
        "Import from the '{{feature}}' feature's index.ts ('{{entry}}'), not its insides: add what you need to its exports (docs/architecture.md, section 2, renderer structure).",
    },
  },
  create(context) {
    const importer = featurePathOf(context.filename);
    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = featurePathOf(path.resolve(path.dirname(context.filename), source));
      if (!target || target.feature === importer?.feature || isFeatureEntry(target.inside)) return;
      const entry = source.slice(0, source.length - target.inside.length).replace(/\/$/, '');
      context.report({ node, messageId: 'inside', data: { feature: target.feature, entry } });
    }
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export const kapLintPlugin = { meta: { name: 'kap' }, rules: { 'feature-boundaries': featureBoundaries } };
