/**
 * One kind of entity (people, places or organizations): each a button that asks to be shown on
 * the page, with its role and how often the story mentions it. People get a row each (roles are
 * long); places and organizations sit as compact chips. A list may show only its first few, the
 * others one click away, so the popup's first screen keeps room for the key points.
 */
import type { Entity, EntityType } from '../lib/analysis';
import { countLabel } from '../lib/summary/view';

export interface EntityListProps {
  /** The section's heading, e.g. "People". */
  heading: string;
  /** Which kind the list shows; sets its colour and layout. */
  type: EntityType;
  /** Entities of that kind, most salient first. */
  entities: Entity[];
  /** The reader chose an entity: show it on the page. */
  onSelectEntity: (entityId: string) => void;
  /** Show this many, the others one click away ("2 more"); all when absent. */
  shown?: number;
}

export function EntityList({ heading, type, entities, onSelectEntity, shown = entities.length }: EntityListProps) {
  if (entities.length === 0) return null;
  const headingId = `entities-${type}-heading`;
  const listClass = type === 'person' ? 'entity-rows' : 'entity-chips';
  const items = (some: Entity[]) =>
    some.map((entity) => (
      <li key={entity.id}>
        <EntityButton entity={entity} type={type} onSelectEntity={onSelectEntity} />
      </li>
    ));
  const more = entities.slice(shown);
  return (
    <section class="section" aria-labelledby={headingId} data-testid={`entities-${type}`}>
      <h2 class="section__heading" id={headingId}>
        {heading} <span class="section__count">{entities.length}</span>
      </h2>
      <ul class={listClass}>{items(entities.slice(0, shown))}</ul>
      {more.length > 0 && (
        <details class="more" data-testid="entities-more">
          <summary class="more__toggle">{more.length} more</summary>
          <ul class={listClass}>{items(more)}</ul>
        </details>
      )}
    </section>
  );
}

function EntityButton({
  entity,
  type,
  onSelectEntity,
}: { entity: Entity } & Pick<EntityListProps, 'type' | 'onSelectEntity'>) {
  return (
    <button
      type="button"
      class={`entity entity--${type}`}
      data-testid="entity"
      data-entity-id={entity.id}
      aria-label={`${entity.name}${entity.role ? `, ${entity.role}` : ''}, ${countLabel(entity.mentions.length, 'mention')}: show on page`}
      onClick={() => onSelectEntity(entity.id)}
    >
      <span class="entity__name">{entity.name}</span>
      {/* A long role is cut to the row's end: the whole of it on hover. */}
      {entity.role && (
        <span class="entity__role" title={entity.role}>
          {entity.role}
        </span>
      )}
      <span class="entity__count" aria-hidden="true">
        {entity.mentions.length}
      </span>
    </button>
  );
}
