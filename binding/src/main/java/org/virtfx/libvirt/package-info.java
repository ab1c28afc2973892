/**
 * The VirtFX binding to libvirt: one class per libvirt object, following libvirt-go's mapping.
 *
 * <h2>Mapping rules</h2>
 * <ol>
 *   <li>Types drop {@code vir} and {@code Ptr} and keep libvirt's spelling:
 *       {@code virDomainPtr} is {@link org.virtfx.libvirt.Domain}, {@code virConnectPtr} is
 *       {@link org.virtfx.libvirt.Connect}.</li>
 *   <li>Methods take libvirt-go's method name in lowerCamel, acronyms as words:
 *       {@code virDomainGetUUIDString} is {@code Domain.getUuidString},
 *       {@code virDomainLookupByName} is {@code Connect.lookupDomainByName}. Each method's
 *       Javadoc names the C function it wraps.</li>
 *   <li>Handles are {@link java.lang.AutoCloseable}: {@code close()} frees the native reference
 *       exactly once, is idempotent and thread-safe, and waits for calls in flight on the
 *       handle. A call after close throws {@link java.lang.IllegalStateException}. {@code ref()}
 *       gives an independent handle. A handle never closed is reported as a leak.</li>
 *   <li>Calls returning several handles return a {@link org.virtfx.libvirt.HandleList}; the
 *       binding frees libvirt's C array itself.</li>
 *   <li>{@code unsigned int flags} arguments are sets of a {@link org.virtfx.libvirt.BitFlag}
 *       enum named after the C enum; a method without the parameter passes 0.</li>
 *   <li>C enums are Java enums implementing {@link org.virtfx.libvirt.LibvirtEnum}; a value from
 *       a newer libvirt decodes as {@code UNKNOWN}, never as an exception.</li>
 *   <li>Every failure is an unchecked {@link org.virtfx.libvirt.LibvirtException} with libvirt's
 *       code, domain, level and message, copied on the failing thread right after the call.
 *       libvirt's own printing of errors to stderr is switched off. A function the installed
 *       libvirt lacks fails with {@link org.virtfx.libvirt.ErrorNumber#NO_SUPPORT}, as libvirt
 *       does for a driver that lacks it.</li>
 *   <li>{@code virInitialize()} runs before the first call, when this package's classes load.</li>
 *   <li>{@link org.virtfx.libvirt.Libvirt#setCallGuard(Runnable)} runs before each call: the
 *       application uses it to keep libvirt off the UI thread.</li>
 *   <li>Typed parameters ({@code virTypedParameterPtr} arrays) are
 *       {@link org.virtfx.libvirt.TypedParams}, built with {@code TypedParams.builder()}; the
 *       binding packs, clears and frees the C arrays itself.</li>
 * </ol>
 *
 * <h2>How the package is built</h2>
 * <p>{@code binding/gen/gen_natives.py} writes, from libvirt's API description, one direct-mapped
 * class per libvirt release in {@code internal} ({@code Since_1_2_8} holds what 1.2.8 added, linked
 * together, so an older libvirt leaves only the newer releases unlinked) and one package-private
 * facade per C header here ({@code CDomain}, {@code CNetwork}, ...), whose methods carry the C
 * names and throw {@code NO_SUPPORT} for an unlinked release. {@code gen_enums.py} writes every C
 * enum. The public classes call only the facades. {@link org.virtfx.libvirt.Connect} and
 * {@link org.virtfx.libvirt.Domain} are each split into package-private layers, one file per area
 * of libvirt ({@code ConnectNetworks}, {@code DomainStats}, ...): callers see one class, readers a
 * file per subject. Each public method carries {@link org.virtfx.libvirt.Wraps} with the C
 * functions it calls, which the coverage test checks against libvirt's list of functions.
 */
package org.virtfx.libvirt;
