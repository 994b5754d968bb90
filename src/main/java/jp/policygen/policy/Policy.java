package jp.policygen.policy;

import java.util.List;

/** The resolved policy of one body: every document, numbered and filled, ready for the writers. */
public record Policy(String edition, String editionName, String profileName, List<Document> documents) {
    public Policy {
        documents = List.copyOf(documents);
    }
}
