package io.keysmith.web;

/**
 * The actions a test took on the page, counted as a user makes them: each click, key press or choice
 * is one, and a value typed into a field in one go is one.
 */
final class UiActions {

    private int count;

    void add(int actions) {
        count += actions;
    }

    int count() {
        return count;
    }
}
