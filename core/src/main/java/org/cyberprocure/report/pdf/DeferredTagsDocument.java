package org.cyberprocure.report.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.IElement;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.tagging.LayoutTaggingHelper;
import com.itextpdf.layout.validation.context.LayoutValidationContext;
import java.util.List;

/**
 * A layout document for a tagged PDF that is drawn only when it closes (no immediate flush), and that releases
 * its tagging hints once, at close, instead of at every new page.
 *
 * <p>Why: iText releases the tagging hints of drawn content whenever a page is added, and each release walks
 * every hint of the document. Without immediate flush nothing is drawn before the document closes, so every one
 * of those walks finds nothing to release, yet together they cost time growing with pages × elements: about a
 * third of the rendering time of a 50-page report (docs/performance.md). At close iText releases all hints in one
 * walk, as before, so the structure tree and the bytes are the same.
 */
final class DeferredTagsDocument extends Document {
    private final ReleaseAtCloseTaggingHelper tagging;

    DeferredTagsDocument(PdfDocument pdf, PageSize pageSize) {
        super(pdf, pageSize, false);
        this.tagging = new ReleaseAtCloseTaggingHelper(pdf);
        setProperty(Property.TAGGING_HELPER, tagging); // renderers find it as the document's own property
    }

    /** As iText's own, but with this document's tagging helper (iText's default helper is private). */
    @Override
    protected void createAndAddRendererSubTree(IElement element) {
        IRenderer renderer = element.createRendererSubTree();
        tagging.addKidsHint(pdfDocument.getTagStructureContext().getAutoTaggingPointer(), List.of(renderer));
        ensureRootRendererNotNull().addChild(renderer);
        checkConformance(renderer);
    }

    private void checkConformance(IRenderer renderer) {
        if (renderer == null) {
            return;
        }
        pdfDocument.checkIsoConformance(new LayoutValidationContext(renderer));
        if (renderer.getChildRenderers() != null) {
            for (IRenderer child : renderer.getChildRenderers()) {
                checkConformance(child);
            }
        }
    }

    private static final class ReleaseAtCloseTaggingHelper extends LayoutTaggingHelper {
        private boolean closing;

        ReleaseAtCloseTaggingHelper(PdfDocument pdf) {
            super(pdf, false);
        }

        @Override
        public void releaseFinishedHints() {
            if (closing) {
                super.releaseFinishedHints();
            }
        }

        @Override
        public void releaseAllHints() {
            closing = true; // releaseAllHints calls releaseFinishedHints
            super.releaseAllHints();
        }
    }
}
