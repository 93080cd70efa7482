package fr.ozcar.insitu.thesaurus.store;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.events.EntityDeclaration;
import org.apache.jena.riot.Lang;

/**
 * What the RDF parsers let through silently and must not: a byte that is not UTF-8 (a file saved in
 * Latin-1 would have every "é" turned into U+FFFD) and an RDF/XML external entity (the parser leaves it
 * empty without reading it, so a label would vanish). Both are refused with their place in the file.
 */
final class UploadedText {

    private UploadedText() {
    }

    /** @throws InvalidVocabularyException naming the line and column of the problem */
    static void check(byte[] content, Lang lang, String source) {
        if (lang.equals(Lang.RDFXML)) {
            refuseExternalEntities(content, source); // XML declares its own encoding, checked by the XML parser
        } else {
            requireUtf8(content, source);
        }
    }

    private static void requireUtf8(byte[] content, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        if (!decoder.decode(in, CharBuffer.allocate(content.length + 1), true).isError()) {
            return;
        }
        int bad = in.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (content[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(content, lineStart, bad - lineStart)).length() + 1;
        throw new InvalidVocabularyException(source + " line " + line + ", column " + column + ": byte 0x"
                + String.format("%02X", content[bad] & 0xff) + " is not UTF-8; save the file as UTF-8 (Turtle, "
                + "N-Triples and JSON-LD are always UTF-8)");
    }

    private static void refuseExternalEntities(byte[] content, String source) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, ""); // an external DTD subset fails here, unread
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(content));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        return;
                    }
                    if (event == XMLStreamConstants.DTD) {
                        @SuppressWarnings("unchecked")
                        List<EntityDeclaration> entities = (List<EntityDeclaration>) reader.getProperty("javax.xml.stream.entities");
                        for (EntityDeclaration entity : entities == null ? List.<EntityDeclaration>of() : entities) {
                            if (entity.getSystemId() != null || entity.getPublicId() != null) {
                                throw new InvalidVocabularyException(source + " line " + reader.getLocation().getLineNumber()
                                        + ": external entity \"" + entity.getName() + "\" (" + entity.getSystemId()
                                        + ") is refused: the server reads no file or URL a vocabulary names; put its text in the file");
                            }
                        }
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            // the RDF/XML parser reports syntax errors itself; only a refused external DTD is ours to explain
            if (e.getMessage() != null && e.getMessage().contains("accessExternalDTD")) {
                throw new InvalidVocabularyException(source + " line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNumber())
                        + ": an external DTD is refused: the server reads no file or URL a vocabulary names", e);
            }
        }
    }
}
