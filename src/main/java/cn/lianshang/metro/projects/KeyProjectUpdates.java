package cn.lianshang.metro.projects;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface KeyProjectUpdates extends JpaRepository<KeyProjectUpdate, Long> {

	List<KeyProjectUpdate> findByProjectIdOrderByAtAscIdAsc(Long projectId);

}
