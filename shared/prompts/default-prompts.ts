import type { PromptPhase } from './prompt-phases';

/**
 * The team's own prompt texts (published prompt sets are copyrighted; docs/clinical.md, section 6). Each has a
 * stable key so a vault seeds it once; the therapist may edit or archive any of them.
 */
export const DEFAULT_PROMPTS: readonly { key: string; phase: PromptPhase; text: string }[] = [
  { key: 'before-intention', phase: 'before', text: 'What would you like to bring into today, in your own words?' },
  { key: 'before-fears', phase: 'before', text: 'Is there anything you are afraid might come up, or that you would rather not meet today?' },
  { key: 'before-supports', phase: 'before', text: 'Who or what helps you feel supported right now, in this room and outside it?' },
  { key: 'before-soothes', phase: 'before', text: 'If things feel hard during the session, what usually soothes you? Would you like me to do anything?' },
  { key: 'during-body', phase: 'during', text: 'How is your body right now? Is there anything you need?' },
  { key: 'during-safe', phase: 'during', text: 'You are safe and I am here. Would a hand signal or a word help you let me know how you are?' },
  { key: 'during-breath', phase: 'during', text: 'Can you notice your breath for a moment, just as it is?' },
  { key: 'after-images', phase: 'after', text: 'Before we make sense of anything: what images, colours or scenes are still with you?' },
  { key: 'after-words', phase: 'after', text: 'Were there words, phrases or voices you want to write down while they are fresh?' },
  { key: 'after-body', phase: 'after', text: 'Where in your body do you feel something now, and what is it like?' },
  { key: 'after-feelings', phase: 'after', text: 'What feelings are here as you come back?' },
  { key: 'follow-up-surprised', phase: 'follow-up', text: 'Looking back over the past days, what surprised you about the session?' },
  { key: 'follow-up-difficult', phase: 'follow-up', text: 'What was difficult, then or since?' },
  { key: 'follow-up-memories', phase: 'follow-up', text: 'Did any memories or relationships look different to you afterwards?' },
  { key: 'follow-up-share', phase: 'follow-up', text: 'Is there someone you would like to share part of this with? What would you tell them?' },
  { key: 'follow-up-carry', phase: 'follow-up', text: 'What would you like to carry forward into the coming week?' },
  { key: 'weekly-themes', phase: 'weekly', text: 'What themes keep returning across your sessions and your week?' },
  { key: 'weekly-practice', phase: 'weekly', text: 'What did you try this week, and what did you learn from it?' },
];
