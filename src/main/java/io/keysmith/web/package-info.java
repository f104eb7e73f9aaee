/**
 * The browser designer (Vaadin Flow): the workspace list, the model editor and its tabs (design,
 * diagram, learn, export, live table). Views call the engine, exporters and live table through
 * their plain-Java APIs; long work runs off the UI thread and reports progress through
 * {@code UI.access}.
 */
package io.keysmith.web;
