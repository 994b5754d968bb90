package jp.policygen.catalog;

import java.util.Optional;

/**
 * Something a body's network model or features oblige it to have in place (templates/&lt;edition&gt;/requirements.yaml).
 *
 * @param when     condition under which the item applies (empty = always)
 * @param declared condition that is true when the profile itself says the measure is in place; empty when a
 *                 profile cannot say so and the author must confirm it
 * @param basis    why it is required, in a few words
 * @param clause   the clause of the generated policy that requires it
 * @param stated   condition that is true when the profile writes the values {@code declared} reads; empty when it
 *                 always does. A measure declared only by a default the author never wrote is 要確認（既定値）, not 済
 */
public record Requirement(String id, String text, Optional<String> when, Optional<String> declared, String basis,
                          String clause, Optional<String> stated) {
}
