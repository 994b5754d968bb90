package jp.policygen.serve;

import java.nio.file.Path;

import jp.policygen.catalog.Catalog;
import jp.policygen.generate.Generator;
import jp.policygen.profile.ProfileReader;

/** The things of one running server that all its pages use, each made once. */
record Site(ProfileFolder folder, Path output, Guard guard, Catalog catalog, ProfileReader reader, Generator generator,
            FormSchema schema, ProfileForm form, Pages pages, String htmxPath, Commands commands, Notices notices) {

    static Site of(ProfileFolder folder, Path output, Guard guard, Commands commands) {
        Catalog catalog = new Catalog();
        FormSchema schema = FormSchema.load();
        return new Site(folder, output, guard, catalog, new ProfileReader(catalog), new Generator(catalog), schema,
                new ProfileForm(schema), new Pages(), StartPage.htmxResource(), commands, new Notices());
    }
}
