export { SessionSideEffects } from './SessionSideEffects';
export { SideEffectItemsSection } from './SideEffectItemsSection';
export { SideEffectsSection } from './SideEffectsSection';
