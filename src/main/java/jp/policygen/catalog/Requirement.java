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
 */
public record Requirement(String id, String text, Optional<String> when, Optional<String> declared, String basis,
                          String clause) {
}
