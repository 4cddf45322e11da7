package org.newstables.kernel;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.knowm.xchart.internal.chartpart.Chart;
import org.newstables.Lexicon;
import tech.tablesaw.api.Table;

/**
 * Rich display in IJava, which has no extension mechanism: {@link Kernels} reaches the running
 * kernel by reflection the first time the library is used and hands it here. Loaded only when
 * IJava is present, so that without it no kernel class is ever needed.
 */
final class IJavaDisplay {

    private IJavaDisplay() {
    }

    static void install(Object kernelInstance) {
        register(((BaseKernel) kernelInstance).getRenderer());
    }

    /** Registers the table, lexicon and chart renderers with a IJava (basekernel) renderer. */
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
