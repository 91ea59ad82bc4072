package dev.vaultsim.engine;

/**
 * What kind of event fired, as a number the run's fingerprint folds in: the FNV-1a hash of the
 * event's class name, computed once per class. A lambda's class is named after the class that
 * wrote it, without the numbering the JVM adds, so the number is the same in every JVM.
 */
final class EventKinds {

    private static final ClassValue<Long> KINDS = new ClassValue<>() {
        @Override
        protected Long computeValue(Class<?> type) {
            return RandomStreams.fnv1a(stableName(type));
        }
    };

    private EventKinds() {
    }

    static long of(Event event) {
        return KINDS.get(event.getClass());
    }

    /** The class's name, cut before "$$Lambda" for a lambda's hidden class (its suffix varies between JVMs). */
    static String stableName(Class<?> type) {
        String name = type.getName();
        int lambda = name.indexOf("$$Lambda");
        return lambda < 0 ? name : name.substring(0, lambda);
    }
}
