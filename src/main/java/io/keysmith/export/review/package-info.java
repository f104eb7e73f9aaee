/** The design review document: a Markdown file that renders on GitHub, with a Mermaid ER diagram. */
package io.keysmith.export.review;
