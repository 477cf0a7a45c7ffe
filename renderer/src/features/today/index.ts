export { TodayPanel } from './TodayPanel';
