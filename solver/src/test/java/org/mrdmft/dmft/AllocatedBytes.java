package org.mrdmft.dmft;

import java.lang.management.ManagementFactory;

/**
 * Bytes the calling thread allocates while it runs a piece of work, as the JVM counts them (independent of garbage
 * collection): what the memory estimates are tested against (engines run in the calling thread).
 */
final class AllocatedBytes {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private AllocatedBytes() {
    }

    /** The bytes allocated by this thread while {@code work} runs (whatever it throws is rethrown). */
    static double during(Runnable work) {
        long id = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(id);
        work.run();
        return THREADS.getThreadAllocatedBytes(id) - before;
    }
}
