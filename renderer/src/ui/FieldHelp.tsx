import type { ReactNode } from 'react';
import { FieldError, Text } from 'react-aria-components';

/** A field's hint (when it has one) and its error, in the slots react-aria links to the input. */
export function FieldHelp({ description }: { description?: ReactNode }) {
  return (
    <>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error" />
    </>
  );
}
