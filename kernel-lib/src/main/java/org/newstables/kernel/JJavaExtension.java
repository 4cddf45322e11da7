package org.newstables.kernel;

import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.knowm.xchart.internal.chartpart.Chart;
import org.newstables.Lexicon;
import tech.tablesaw.api.Table;
import org.newstables.common.Internal;

/**
 * Rich display in JJava: found through {@code META-INF/services} when {@code %classpath},
 * {@code %jars} or {@code %maven} adds the jar, and installed by the kernel. It never throws: JJava
 * stops every extension when one does.
 */
@Internal
public final class JJavaExtension implements Extension {

    /** Called by JJava's service loader. */
    public JJavaExtension() {
    }

    @Override
    public void install(BaseKernel kernel) {
        try {
            register(kernel.getRenderer());
            Kernels.markInstalled();
        } catch (Throwable e) {
            // A display problem must never stop the notebook: values then show as text.
            Kernels.failed(e);
        }
    }

    /** Registers the table, lexicon and chart renderers with a JJava renderer. */
    static void register(Renderer renderer) {
        asHtml(renderer, Table.class);
        asHtml(renderer, Lexicon.class);
        renderer.createRegistration(Chart.class).preferring(MIMEType.IMAGE_PNG).supporting(MIMEType.TEXT_PLAIN)
                .register((value, context) -> {
                    var bundle = Display.bundle(value);
                    // The PNG is drawn at 2×: its metadata asks the front end to show it at half its pixel size.
                    context.renderIfRequested(MIMEType.IMAGE_PNG, (type, out) -> {
                        out.putData(type, bundle.get(Display.PNG));
                        out.putMetaData(type, Display.metadata(value).get(Display.PNG));
                    });
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> bundle.get(Display.PLAIN));
                });
    }

    private static <T> void asHtml(Renderer renderer, Class<T> type) {
        renderer.createRegistration(type).preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
                .register((value, context) -> {
                    var bundle = Display.bundle(value);
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> bundle.get(Display.HTML));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> bundle.get(Display.PLAIN));
                });
    }
}
