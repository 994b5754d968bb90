package jp.policygen.render;

import java.util.function.Consumer;

/** Where writers send user-facing warnings (in Japanese), e.g. that no Japanese font could be embedded. */
@FunctionalInterface
public interface Warnings extends Consumer<String> {
    Warnings NONE = message -> { };
}
