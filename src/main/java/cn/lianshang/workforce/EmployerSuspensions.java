package cn.lianshang.workforce;

import org.springframework.data.jpa.repository.JpaRepository;

interface EmployerSuspensions extends JpaRepository<EmployerSuspension, String> {

}
