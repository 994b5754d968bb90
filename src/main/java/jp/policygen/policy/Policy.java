package jp.policygen.policy;

import java.util.List;

/**
 * The resolved policy of one body: every document, numbered and filled, ready for the writers.
 *
 * @param localChanges the body's own changes to the standard text, in the order of the documents
 */
public record Policy(String edition, String editionName, String profileName, List<Document> documents,
                     List<LocalChange> localChanges) {
    public Policy {
        documents = List.copyOf(documents);
        localChanges = List.copyOf(localChanges);
    }

    /** A policy without local changes. */
    public Policy(String edition, String editionName, String profileName, List<Document> documents) {
        this(edition, editionName, profileName, documents, List.of());
    }
}
