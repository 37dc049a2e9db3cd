package cn.lianshang.access;

import org.springframework.data.jpa.repository.JpaRepository;

interface ThrottleEntries extends JpaRepository<ThrottleEntry, String> {

}
