package org.virtfx.libvirt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the libvirt C functions that a public method of the binding calls.
 *
 * <p>The binding's coverage test reads these, checks each against libvirt's API description, and
 * checks that the method's class really references the function; the Javadoc names the function
 * too, for readers.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Wraps {
    /**
     * The C functions, by name.
     *
     * @return one or more names such as {@code "virDomainGetInfo"}
     */
    String[] value();
}
