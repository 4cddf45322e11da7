package org.newstables.kernel;

import org.newstables.DisplayHook;

/** The display's hook on the library's first use: registers the renderers with IJava ({@link Kernels#install}). */
public final class KernelHook implements DisplayHook {

    @Override
    public void firstUse() {
        Kernels.install();
    }
}
