/**
 * The installer test: builds VirtFX's app-image and .deb with {@code installer/build.sh}, starts the packaged app
 * headless and checks the package's control data and files.
 */
package org.virtfx.installer;
