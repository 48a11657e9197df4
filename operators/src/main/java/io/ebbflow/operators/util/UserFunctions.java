package io.ebbflow.operators.util;

import io.ebbflow.api.functions.Function;
import io.ebbflow.api.functions.OpenContext;
import io.ebbflow.api.functions.RichFunction;
import io.ebbflow.api.functions.RuntimeContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;

/**
 * The lifecycle of user functions inside operators: a per-subtask copy, open and close.
 *
 * <p>Each subtask gets its own copy of a function (through Java serialization), as in Flink, so a function
 * with fields has per-subtask fields and a restarted job starts from the pristine function. A function that
 * cannot be serialized is shared: correct for stateless lambdas, but a {@link RichFunction} holds its
 * subtask's runtime context, so a non-serializable rich function is rejected at parallelism above 1.
 */
public final class UserFunctions {

    private static final OpenContext OPEN_CONTEXT = new OpenContext() {};

    private UserFunctions() {}

    /**
     * Returns a copy of {@code fn} for one subtask.
     *
     * @throws IllegalArgumentException when {@code fn} is a rich function that cannot be serialized and
     *     {@code parallelism > 1}; the message names the function's class and the non-serializable type
     */
    @SuppressWarnings("unchecked")
    public static <F extends Function> F copy(F fn, int parallelism) {
        byte[] bytes;
        try {
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bos)) {
                out.writeObject(fn);
            }
            bytes = bos.toByteArray();
        } catch (NotSerializableException e) {
            return shareOrFail(fn, parallelism, e.getMessage());
        } catch (IOException e) {
            return shareOrFail(fn, parallelism, e.toString());
        }
        ClassLoader loader = fn.getClass().getClassLoader();
        try (ObjectInputStream in = new LoaderObjectInputStream(new ByteArrayInputStream(bytes), loader)) {
            return (F) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            return shareOrFail(fn, parallelism, e.toString());
        }
    }

    private static <F extends Function> F shareOrFail(F fn, int parallelism, String why) {
        if (fn instanceof RichFunction && parallelism > 1) {
            throw new IllegalArgumentException("Function " + fn.getClass().getName() + " is a rich function that cannot be "
                    + "serialized (" + why + "); each of its " + parallelism + " parallel subtasks needs its own instance: "
                    + "make its fields serializable or transient");
        }
        return fn;
    }

    /**
     * Sets the runtime context of a rich function and opens it; does nothing for other functions.
     *
     * @throws Exception what the function's {@code open} throws
     */
    public static void open(Object fn, RuntimeContext context) throws Exception {
        if (fn instanceof RichFunction rich) {
            rich.setRuntimeContext(context);
            rich.open(OPEN_CONTEXT);
        }
    }

    /**
     * Closes a rich function; does nothing for other functions.
     *
     * @throws Exception what the function's {@code close} throws
     */
    public static void close(Object fn) throws Exception {
        if (fn instanceof RichFunction rich) {
            rich.close();
        }
    }

    /** Resolves classes through the function's own class loader (a job jar's, under a task manager). */
    private static final class LoaderObjectInputStream extends ObjectInputStream {
        private final ClassLoader loader;

        LoaderObjectInputStream(InputStream in, ClassLoader loader) throws IOException {
            super(in);
            this.loader = loader;
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(desc.getName(), false, loader);
            } catch (ClassNotFoundException e) {
                return super.resolveClass(desc);
            }
        }
    }
}
