package org.newstables.kernel;

import org.newstables.DisplayHook;
import org.newstables.common.Internal;

/** The display's hook on the library's first use: registers the renderers with IJava ({@link Kernels#install}). */
@Internal
public final class KernelHook implements DisplayHook {

    @Override
    public void firstUse() {
        Kernels.install();
    }
}
