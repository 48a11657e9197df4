package io.ebbflow.runtime.keygroup;

/**
 * A contiguous, inclusive range of key groups owned by one subtask.
 *
 * @param startKeyGroup first key group, inclusive
 * @param endKeyGroup last key group, inclusive; {@code endKeyGroup < startKeyGroup} means empty
 */
public record KeyGroupRange(int startKeyGroup, int endKeyGroup) {

    public int numberOfKeyGroups() {
        return Math.max(0, endKeyGroup - startKeyGroup + 1);
    }

    public boolean contains(int keyGroup) {
        return keyGroup >= startKeyGroup && keyGroup <= endKeyGroup;
    }

    @Override
    public String toString() {
        return "KeyGroupRange[" + startKeyGroup + ", " + endKeyGroup + "]";
    }
}
