const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null;

/** The queue page's project (`extension.project.id`), or null outside a project (every project, admins only). */
export const projectIdOf = (context: unknown): string | null => {
  if (!isRecord(context) || !isRecord(context['extension'])) return null;
  const project = context['extension']['project'];
  if (!isRecord(project)) return null;
  const id = project['id'];
  return typeof id === 'string' && /^\d+$/.test(id) ? id : null;
};
