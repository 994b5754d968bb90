package jp.policygen.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.docx4j.customXmlProperties.DatastoreItem;
import org.docx4j.openpackaging.contenttype.CTDefault;
import org.docx4j.openpackaging.contenttype.CTOverride;
import org.docx4j.openpackaging.contenttype.ContentTypeManager;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.io3.Save;
import org.docx4j.openpackaging.io3.stores.PartStore;
import org.docx4j.openpackaging.packages.OpcPackage;
import org.docx4j.openpackaging.parts.CustomXmlDataStoragePart;
import org.docx4j.openpackaging.parts.CustomXmlDataStoragePropertiesPart;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.XmlPart;
import org.docx4j.openpackaging.parts.relationships.RelationshipsPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.relationships.Relationships;

import jp.policygen.render.SameContent;

/**
 * docx4j's own save of a package (its {@link Save}: the walk over the relationships, the core properties it
 * stamps, each part marshalled by the part's own call, as its ZipPartStore makes them) into a map of entry name to
 * bytes instead of a zip. The zip docx4j wrote was read back (inflated) only to be written again by
 * {@link jp.policygen.render.ReproducibleZip}: each part was deflated twice and inflated once. Parts whose bytes
 * the caller already has are not marshalled at all. A part this store does not know how to save as ZipPartStore
 * does (one not yet unmarshalled from a source package, a binary or DOM part) makes {@link #save} return null,
 * and the caller saves the package the usual way.
 */
final class PartBytes implements PartStore {
    private final Set<String> known;
    private final Map<String, byte[]> parts = new HashMap<>();
    private boolean unknown;

    private PartBytes(Set<String> known) {
        this.known = known;
    }

    /**
     * The package's entries as docx4j's save writes them, but for those named in {@code known} (left out: the
     * caller has their bytes); null when the package has a part this store does not save.
     */
    static Map<String, byte[]> save(OpcPackage pkg, Set<String> known) throws Docx4JException {
        if (pkg.getSourcePartStore() != null) {
            return null; // a loaded package: parts not unmarshalled are copied from its zip by ZipPartStore
        }
        PartBytes store = new PartBytes(known);
        try {
            new Save(pkg, store).save(null);
        } finally {
            pkg.setTargetPartStore(null); // a later save makes its own ZipPartStore, as before
        }
        return store.unknown ? null : store.parts;
    }

    /** The entry name ZipPartStore gives a part. */
    private static String entry(PartName name) {
        String n = name.getName();
        return n.equals("_rels/.rels") ? n : n.substring(1);
    }

    @Override
    public void saveContentTypes(ContentTypeManager ctm) throws Docx4JException {
        String name = "[Content_Types].xml";
        if (!known.contains(name)) {
            parts.put(name, marshalled(contentTypesKey(ctm), () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
                try {
                    ctm.marshal(out);
                } catch (Exception e) {
                    throw new Docx4JException("Error marshalling Content_Types ", e);
                }
                return out.toByteArray();
            }));
        }
    }

    @Override
    public void saveJaxbXmlPart(JaxbXmlPart part) throws Docx4JException {
        String name = entry(part.getPartName());
        if (known.contains(name)) {
            return;
        }
        if (!part.isUnmarshalled()) {
            unknown = true;
            return;
        }
        parts.put(name, marshalled(key(part), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
            try {
                part.marshal(out);
            } catch (Exception e) {
                throw new Docx4JException("Failed to put " + part.getPartName() + " in zip", e);
            }
            return out.toByteArray();
        }));
    }

    /** A part's marshalling, by docx4j's call. */
    private interface Marshal {
        byte[] bytes() throws Docx4JException;
    }

    /**
     * The bytes of small parts that many files have alike — the relationships, the content types, the snapshot's
     * item properties — by everything their marshalling reads (JAXB writes the same bytes for the same content):
     * each was a marshaller's set-up and run for a few hundred bytes. Shared arrays, never changed. Same bytes
     * whoever makes them; forgotten when many kinds have been met.
     */
    private static final SameContent<List<String>, byte[]> MARSHALLED = new SameContent<>(256);

    private static byte[] marshalled(List<String> key, Marshal marshal) throws Docx4JException {
        if (key == null) {
            return marshal.bytes();
        }
        byte[] bytes = MARSHALLED.get(key);
        if (bytes == null) {
            bytes = marshal.bytes();
            MARSHALLED.keep(key, bytes);
        }
        return bytes;
    }

    /** What a part's marshalling reads, when it is one of the kinds kept ({@link #MARSHALLED}); else null. */
    private static List<String> key(JaxbXmlPart<?> part) {
        Object content = part.getJaxbElement();
        List<String> key = new ArrayList<>();
        if (part instanceof RelationshipsPart && content != null && content.getClass() == Relationships.class) {
            key.add("rels");
            for (Relationship r : ((Relationships) content).getRelationship()) {
                if (r.getClass() != Relationship.class) {
                    return null;
                }
                key.add(r.getId());
                key.add(r.getType());
                key.add(r.getTarget());
                key.add(r.getTargetMode());
            }
            return key;
        }
        if (part.getClass() == CustomXmlDataStoragePropertiesPart.class && content != null
                && content.getClass() == DatastoreItem.class && ((DatastoreItem) content).getSchemaRefs() == null) {
            key.add("itemProps");
            key.add(((DatastoreItem) content).getItemID());
            return key;
        }
        return null;
    }

    /** What the content types' marshalling reads: the defaults, then the overrides, in the maps' order. */
    private static List<String> contentTypesKey(ContentTypeManager ctm) {
        List<String> key = new ArrayList<>();
        key.add("types");
        for (Map.Entry<String, CTDefault> e : ctm.getDefaultContentType().entrySet()) {
            if (e.getValue().getClass() != CTDefault.class) {
                return null;
            }
            key.add(e.getKey());
            key.add(e.getValue().getExtension());
            key.add(e.getValue().getContentType());
        }
        key.add("overrides");
        for (Map.Entry<java.net.URI, CTOverride> e : ctm.getOverrideContentType().entrySet()) {
            if (e.getValue().getClass() != CTOverride.class) {
                return null;
            }
            key.add(String.valueOf(e.getKey()));
            key.add(e.getValue().getPartName());
            key.add(e.getValue().getContentType());
        }
        return key;
    }

    @Override
    public void saveCustomXmlDataStoragePart(CustomXmlDataStoragePart part) throws Docx4JException {
        String name = part.getPartName().getName().substring(1);
        if (known.contains(name)) {
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            part.getData().writeDocument(out);
        } catch (Exception e) {
            throw new Docx4JException("Problem saving part " + part.getPartName(), e);
        }
        parts.put(name, out.toByteArray());
    }

    @Override
    public void saveXmlPart(XmlPart part) {
        unknown = unknown || !known.contains(part.getPartName().getName().substring(1));
    }

    @Override
    public void saveBinaryPart(Part part) {
        unknown = unknown || !known.contains(part.getPartName().getName().substring(1));
    }

    @Override
    public void setOutputStream(OutputStream out) {
        // the parts are kept in the map
    }

    @Override
    public void finishSave() {
        // nothing to close
    }

    @Override
    public void setSourcePartStore(PartStore source) {
        // a new package has none (see save)
    }

    @Override
    public InputStream loadPart(String name) throws Docx4JException {
        throw new Docx4JException("a store to save into: " + name);
    }

    @Override
    public long getPartSize(String name) {
        throw new UnsupportedOperationException(name);
    }

    @Override
    public void rename(PartName from, PartName to) {
        throw new UnsupportedOperationException(from.getName());
    }

    @Override
    public void dispose() {
        // the map is the result
    }
}
