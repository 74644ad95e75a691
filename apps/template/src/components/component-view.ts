import type { ComponentChangedV1, ComponentView } from '@mab/contracts';
import type { ComponentEntity } from './component.entity';

export function componentView(component: ComponentEntity): ComponentView {
  return {
    id: component.id,
    site_id: component.siteId,
    page: component.page,
    type: component.type,
    config: component.config,
    position: component.position,
    customization_keys: component.customizationKeys,
    created_at: component.createdAt.toISOString(),
    updated_at: component.updatedAt.toISOString(),
  };
}

export function componentChanged(component: ComponentEntity): ComponentChangedV1 {
  return {
    component_id: component.id,
    site_id: component.siteId,
    page: component.page,
    type: component.type,
    config: component.config,
    position: component.position,
    updated_at: component.updatedAt.toISOString(),
  };
}
