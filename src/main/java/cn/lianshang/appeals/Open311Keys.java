package cn.lianshang.appeals;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Open311Keys extends JpaRepository<Open311Key, Long> {

	Optional<Open311Key> findByKeyHash(String keyHash);

	List<Open311Key> findAllByOrderById();

}
