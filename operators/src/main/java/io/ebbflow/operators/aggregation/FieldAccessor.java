package io.ebbflow.operators.aggregation;

import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;

/**
 * Reads a numeric or comparable field of a record and returns a copy with the field replaced, for
 * {@code sum}, {@code min} and {@code max} on keyed streams. Supports boxed primitives (position 0 is the
 * value itself), Java records (by component name or position), and Flink-style tuples or POJOs with public
 * fields (by name, or position {@code i} as field {@code f<i>}).
 *
 * <p>Reflection is resolved on first use per class and cached; not thread-safe (one per subtask).
 */
public final class FieldAccessor implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String fieldName;
    private final int position;
    private transient Class<?> resolvedFor;
    private transient RecordComponent[] components;
    private transient int componentIndex;
    private transient Constructor<?> canonical;
    private transient Field field;

    private FieldAccessor(String fieldName, int position) {
        this.fieldName = fieldName;
        this.position = position;
    }

    public static FieldAccessor byName(String fieldName) {
        return new FieldAccessor(fieldName, -1);
    }

    public static FieldAccessor byPosition(int position) {
        if (position < 0) {
            throw new IllegalArgumentException("field position must be >= 0, was " + position);
        }
        return new FieldAccessor(null, position);
    }

    private String describe() {
        return fieldName != null ? "field '" + fieldName + "'" : "field position " + position;
    }

    /**
     * Returns the field's value.
     *
     * @throws IllegalArgumentException when the record's type has no such field
     */
    public Object get(Object record) {
        if (isBasic(record)) {
            return record;
        }
        resolve(record.getClass());
        try {
            if (components != null) {
                return components[componentIndex].getAccessor().invoke(record);
            }
            return field.get(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Cannot read " + describe() + " of " + record.getClass().getName(), e);
        }
    }

    /** Returns a copy of {@code record} whose field is {@code value} (the value itself for boxed primitives). */
    public Object with(Object record, Object value) {
        if (isBasic(record)) {
            return value;
        }
        resolve(record.getClass());
        try {
            if (components != null) {
                Object[] args = new Object[components.length];
                for (int i = 0; i < args.length; i++) {
                    args[i] = i == componentIndex ? value : components[i].getAccessor().invoke(record);
                }
                return canonical.newInstance(args);
            }
            Object copy = record.getClass().getDeclaredConstructor().newInstance();
            for (Class<?> c = record.getClass(); c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        f.setAccessible(true);
                        f.set(copy, f.get(record));
                    }
                }
            }
            field.set(copy, value);
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Cannot copy " + record.getClass().getName() + " with a new " + describe()
                    + " (POJOs need a public no-argument constructor)", e);
        }
    }

    private boolean isBasic(Object record) {
        if (record instanceof Number || record instanceof Comparable<?> && !(record instanceof Record)
                && record.getClass().getName().startsWith("java.")) {
            if (position > 0 || fieldName != null && !fieldName.equals("*")) {
                throw new IllegalArgumentException("A " + record.getClass().getSimpleName() + " has only field position 0, not "
                        + describe());
            }
            return true;
        }
        return false;
    }

    private void resolve(Class<?> type) {
        if (type == resolvedFor) {
            return;
        }
        components = null;
        field = null;
        if (type.isRecord()) {
            RecordComponent[] rc = type.getRecordComponents();
            int idx = -1;
            for (int i = 0; i < rc.length; i++) {
                if (fieldName != null ? rc[i].getName().equals(fieldName) : i == position) {
                    idx = i;
                }
            }
            if (idx < 0) {
                throw new IllegalArgumentException("Record " + type.getName() + " has no " + describe());
            }
            Class<?>[] types = new Class<?>[rc.length];
            for (int i = 0; i < rc.length; i++) {
                types[i] = rc[i].getType();
                rc[i].getAccessor().setAccessible(true);
            }
            try {
                canonical = type.getDeclaredConstructor(types);
                canonical.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException("Record " + type.getName() + " has no canonical constructor", e);
            }
            components = rc;
            componentIndex = idx;
        } else {
            String name = fieldName != null ? fieldName : "f" + position;
            try {
                field = type.getField(name);
            } catch (NoSuchFieldException e) {
                throw new IllegalArgumentException("Type " + type.getName() + " has no public " + describe()
                        + (fieldName == null ? " (field f" + position + ")" : ""), e);
            }
        }
        resolvedFor = type;
    }
}
