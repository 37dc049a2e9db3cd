package cn.lianshang.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactAddresses extends JpaRepository<ContactAddress, String> {

}
