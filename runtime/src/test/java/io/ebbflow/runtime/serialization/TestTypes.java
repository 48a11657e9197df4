package io.ebbflow.runtime.serialization;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Records, enums and classes that the serializer tests round-trip. */
final class TestTypes {

    private TestTypes() {
    }

    enum Color { RED, GREEN, BLUE }

    /** An enum whose constants have bodies, so their classes are anonymous subclasses. */
    enum Op {
        PLUS {
            @Override
            int apply(int a, int b) {
                return a + b;
            }
        },
        MINUS {
            @Override
            int apply(int a, int b) {
                return a - b;
            }
        };

        abstract int apply(int a, int b);
    }

    record Point(int x, int y) {
    }

    record AllPrimitives(boolean z, byte b, short s, char c, int i, long l, float f, double d) {
    }

    record Boxed(Boolean z, Byte b, Short s, Character c, Integer i, Long l, Float f, Double d, String str) {
    }

    record Line(Point from, Point to, String label, Color color) {
    }

    record Order(long id, String customer, List<String> items, Map<String, Integer> counts, Line shape, Op op,
                 Object any) {
    }

    /** Contains itself. */
    record Node(int value, Node next) {
    }

    /** Contains itself through {@link Child}. */
    record Parent(String name, Child child) {
    }

    record Child(int age, Parent parent, Pojo note) {
    }

    record Positive(int value) {
        Positive {
            if (value <= 0) {
                throw new IllegalArgumentException("value must be > 0 but was " + value);
            }
        }
    }

    record Empty() {
    }

    record Holder(Pojo pojo, Animal animal) {
    }

    record Generic<A, B>(A first, B second) {
    }

    /** A class without a no-argument constructor, with final fields. */
    static final class Pojo {
        private final String name;
        private final int count;
        private final List<Long> values;

        Pojo(String name, int count, List<Long> values) {
            this.name = name;
            this.count = count;
            this.values = values;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Pojo p && name.equals(p.name) && count == p.count && values.equals(p.values);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, count, values);
        }

        @Override
        public String toString() {
            return "Pojo{" + name + ", " + count + ", " + values + '}';
        }
    }

    static class Animal {
        String name;

        Animal(String name) {
            this.name = name;
        }

        @Override
        public boolean equals(Object o) {
            return o != null && o.getClass() == getClass() && Objects.equals(name, ((Animal) o).name);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(name);
        }
    }

    static final class Dog extends Animal {
        int barkVolume;

        Dog(String name, int barkVolume) {
            super(name);
            this.barkVolume = barkVolume;
        }

        @Override
        public boolean equals(Object o) {
            return super.equals(o) && barkVolume == ((Dog) o).barkVolume;
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + barkVolume;
        }
    }
}
