import type { FormProps } from 'react-aria-components';

/** What react-aria's Form hands its onSubmit (React's own FormEvent type is deprecated by name). */
export type FormSubmitEvent = Parameters<NonNullable<FormProps['onSubmit']>>[0];
