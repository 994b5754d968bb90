package jp.policygen.serve;

import java.nio.file.Path;

import jp.policygen.app.Workspace;
import jp.policygen.catalog.Catalog;
import jp.policygen.generate.Generator;
import jp.policygen.profile.ProfileReader;

/**
 * The things of one running server that all its pages use, each made once: the workspace of the application layer
 * (catalog, template engine, resolver, reader), whose jobs the pages run as the command line runs them.
 */
record Site(ProfileFolder folder, Path output, Guard guard, Workspace workspace, FormSchema schema, ProfileForm form,
            Pages pages, String htmxPath, Notices notices) {

    static Site of(ProfileFolder folder, Path output, Guard guard) {
        FormSchema schema = FormSchema.load();
        return new Site(folder, output, guard, new Workspace(), schema, new ProfileForm(schema), new Pages(),
                StartPage.htmxResource(), new Notices());
    }

    Catalog catalog() {
        return workspace.catalog();
    }

    ProfileReader reader() {
        return workspace.reader();
    }

    Generator generator() {
        return workspace.generator();
    }
}
