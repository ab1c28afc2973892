package org.virtfx.ui.domains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Reading disks from domain XML, without libvirt. */
class DomainDisksTest {

    @Test
    void readsFileBlockAndVolumeDisksAndSkipsTheRest() {
        String xml = """
                <domain type='kvm'><name>d</name>
                  <metadata><disk type='file'><source file='/not/a/device'/></disk></metadata>
                  <devices>
                    <disk type='file' device='disk'><source file='/var/lib/libvirt/images/d.qcow2'/><target dev='vda'/></disk>
                    <disk type='block' device='lun'><source dev='/dev/sdb'/><target dev='sda'/><shareable/></disk>
                    <disk type='volume' device='disk'><source pool='default' volume='data.img'/><target dev='vdb'/></disk>
                    <disk type='file' device='cdrom'><source file='/srv/iso/x.iso'/><target dev='hdc'/><readonly/></disk>
                    <disk type='file' device='cdrom'><target dev='hdd'/><readonly/></disk>
                    <disk type='network' device='disk'><source protocol='rbd' name='pool/img'/><target dev='vdc'/></disk>
                  </devices>
                </domain>""";
        assertThat(DomainDisks.parse(xml)).containsExactly(
                new DomainDisks.Disk("vda", "disk", "/var/lib/libvirt/images/d.qcow2", "", "", false, false),
                new DomainDisks.Disk("sda", "lun", "/dev/sdb", "", "", false, true),
                new DomainDisks.Disk("vdb", "disk", "", "default", "data.img", false, false),
                new DomainDisks.Disk("hdc", "cdrom", "/srv/iso/x.iso", "", "", true, false));
    }

    @Test
    void defaultsFollowVirtManager() {
        assertThat(new DiskChoice("vda", "disk", "/p", true, false, false, false).deleteByDefault()).isTrue();
        assertThat(new DiskChoice("vda", "disk", "/p", false, false, false, false).deleteByDefault()).isFalse();
        assertThat(new DiskChoice("vda", "disk", "/p", true, true, false, false).deleteByDefault()).isFalse();
        assertThat(new DiskChoice("vda", "disk", "/p", true, false, true, false).deleteByDefault()).isFalse();
        assertThat(new DiskChoice("hdc", "cdrom", "/p", true, false, false, false).deleteByDefault()).isFalse();
    }

    @Test
    void badXmlIsAnError() {
        assertThatThrownBy(() -> DomainDisks.parse("<domain>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DomainDisks.parse("<!DOCTYPE d [<!ENTITY x 'y'>]><domain/>"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
