package cn.lianshang.appeals;

import org.springframework.data.jpa.repository.JpaRepository;

interface Units extends JpaRepository<Unit, String> {

}
