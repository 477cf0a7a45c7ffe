export { HandoverScreen, type HandedOverState } from './HandoverScreen';
export { HandoverPinSection } from './HandoverPinSection';
export { useHandoverState } from './handover-queries';
