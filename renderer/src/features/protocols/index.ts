export { CueSoundSection } from './CueSoundSection';
export { ProtocolsSection } from './ProtocolsSection';
export { VitalThresholdsSection } from './VitalThresholdsSection';
export { useProtocols } from './protocol-queries';
